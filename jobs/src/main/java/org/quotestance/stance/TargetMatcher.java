package org.quotestance.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds target mentions: case-insensitive, whole-word matches of a target's name or aliases; where matches overlap
 * the longest wins (then the earliest; then the target listed first), and returned mentions never overlap.
 * Curly and straight apostrophes / hyphen variants are treated alike.
 */
public final class TargetMatcher {
    private TargetMatcher() {}

    public static List<TargetMention> find(String text, List<Target> targets) {
        if (text == null || text.isEmpty() || targets == null || targets.isEmpty()) return List.of();
        String hay = fold(text);
        record Cand(int start, int end, int order, String target) {}
        List<Cand> cands = new ArrayList<>();
        int order = 0;
        for (Target t : targets) {
            List<String> forms = new ArrayList<>();
            forms.add(t.name());
            forms.addAll(t.aliases());
            for (String f : forms) {
                String needle = fold(f.strip());
                if (needle.isEmpty()) continue;
                int from = 0;
                while (true) {
                    int i = hay.indexOf(needle, from);
                    if (i < 0) break;
                    int j = i + needle.length();
                    if (boundary(hay, i - 1, i) && boundary(hay, j, j - 1)) cands.add(new Cand(i, j, order, t.name()));
                    from = i + 1;
                }
            }
            order++;
        }
        cands.sort(Comparator.comparingInt((Cand c) -> -(c.end() - c.start())).thenComparingInt(Cand::start)
                .thenComparingInt(Cand::order));
        List<Cand> chosen = new ArrayList<>();
        for (Cand c : cands) {
            boolean clash = false;
            for (Cand k : chosen) if (c.start() < k.end() && k.start() < c.end()) { clash = true; break; }
            if (!clash) chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(Cand::start));
        List<TargetMention> out = new ArrayList<>(chosen.size());
        for (Cand c : chosen) out.add(new TargetMention(c.target(), c.start(), c.end()));
        return out;
    }

    /** Position {@code outside} is a word boundary relative to the match character at {@code inside}. */
    private static boolean boundary(String s, int outside, int inside) {
        if (outside < 0 || outside >= s.length()) return true;
        char o = s.charAt(outside), in = s.charAt(inside);
        if (!Character.isLetterOrDigit(in)) return true; // alias itself starts/ends with punctuation, e.g. "U.S."
        return !Character.isLetterOrDigit(o);
    }

    /** Same-length folding: lower case, curly quotes and dashes to ASCII. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '’', '‘' -> c = '\'';
                case '‐', '‑', '‒', '–', '—' -> c = '-';
                default -> c = Character.toLowerCase(c);
            }
            b.append(c);
        }
        return b.toString();
    }
}
