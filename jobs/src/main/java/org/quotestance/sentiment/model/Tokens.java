package org.quotestance.sentiment.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens with character offsets, sentence spans, windows around a mention, negation scope. */
public final class Tokens {
    private Tokens() {}

    /** A word token: [start, end) into the text, lower-cased form with ’ folded to '. */
    public record Tok(int start, int end, String norm) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENT_END = Pattern.compile("[.!?]+[\"”’')\\]]*\\s+(?=[\"“‘(\\[]?[\\p{Lu}\\p{N}])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?()\\[\\]—–]");

    public static final Set<String> NEGATORS = Set.of(
            "not", "no", "never", "without", "nothing", "none", "nobody", "neither", "nor", "cannot",
            "hardly", "barely", "nowhere", "lack", "lacks", "lacking", "absence", "refuse", "refused", "refuses");

    public static boolean isNegator(String norm) {
        return NEGATORS.contains(norm) || norm.endsWith("n't");
    }

    public static List<Tok> tokenize(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Tok(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT).replace('’', '\'')));
        }
        return out;
    }

    /** [start, end) of the sentence of {@code text} that contains offset {@code at}. */
    public static int[] sentenceAround(String text, int at) {
        int start = 0;
        Matcher m = SENT_END.matcher(text);
        while (m.find()) {
            if (m.end() <= at) start = m.end();
            else {
                if (m.start() >= at) return new int[]{start, m.start() + 1};
            }
        }
        return new int[]{start, text.length()};
    }

    /** [start, end) char span covering up to {@code k} word tokens either side of [from, to) within [lo, hi). */
    public static int[] window(String text, List<Tok> toks, int from, int to, int k, int lo, int hi) {
        int first = -1, last = -1;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.end() > from && t.start() < to) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) { // mention is not a word (should not happen); use the offsets as they are
            for (int i = 0; i < toks.size(); i++) if (toks.get(i).start() >= to) { first = i; last = i - 1; break; }
            if (first < 0) { first = toks.size(); last = toks.size() - 1; }
        }
        int a = first, b = last;
        for (int n = 0; n < k && a > 0 && toks.get(a - 1).start() >= lo; n++) a--;
        for (int n = 0; n < k && b + 1 < toks.size() && toks.get(b + 1).end() <= hi; n++) b++;
        int s = Math.min(from, a < toks.size() ? toks.get(a).start() : from);
        int e = Math.max(to, b >= 0 ? toks.get(b).end() : to);
        return new int[]{Math.max(lo, s), Math.min(hi, e)};
    }

    /** For each token, the index of the negator whose scope (3 words, not across a clause break) covers it, or -1. */
    public static int[] negatedBy(String text, List<Tok> toks) {
        int[] neg = new int[toks.size()];
        int cur = -1, left = 0;
        for (int i = 0; i < toks.size(); i++) {
            if (i > 0 && CLAUSE_BREAK.matcher(text.substring(toks.get(i - 1).end(), toks.get(i).start())).find()) {
                cur = -1; left = 0;
            }
            neg[i] = left > 0 ? cur : -1;
            if (left > 0) left--;
            if (isNegator(toks.get(i).norm())) { cur = i; left = 3; }
        }
        return neg;
    }
}
