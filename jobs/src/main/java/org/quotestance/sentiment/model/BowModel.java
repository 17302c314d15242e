package org.quotestance.sentiment.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small bag-of-words logistic regression over the words near a target mention (unigrams, negation-marked
 * unigrams "NOT_x", bigrams). Used for the readable {@code evidence} and as a minor ensemble member.
 * Immutable after load, thread-safe. Serialized by Jackson.
 */
public final class BowModel {
    public static final int WINDOW = 8;

    public String[] classes;
    public String[] vocab;
    /** [class][feature], last column = bias. */
    public double[][] weights;
    public double l2;

    private transient volatile Map<String, Integer> index;

    /** One feature occurrence: the feature name and the [start, end) span of text that renders it. */
    public record Occ(String feature, int start, int end) {}

    /** Features of the words within {@link #WINDOW} tokens of [from, to) inside [lo, hi); whole range if from < 0. */
    public static List<Occ> features(String text, int from, int to, int lo, int hi) {
        List<Tokens.Tok> all = Tokens.tokenize(text);
        int[] neg = Tokens.negatedBy(text, all);
        int a = 0, b = all.size() - 1;
        if (from >= 0) {
            int first = -1, last = -1;
            for (int i = 0; i < all.size(); i++) {
                Tokens.Tok t = all.get(i);
                if (t.end() > from && t.start() < to) { if (first < 0) first = i; last = i; }
            }
            if (first < 0) return List.of();
            a = first; b = last;
            for (int n = 0; n < WINDOW && a > 0 && all.get(a - 1).start() >= lo; n++) a--;
            for (int n = 0; n < WINDOW && b + 1 < all.size() && all.get(b + 1).end() <= hi; n++) b++;
        } else {
            while (a < all.size() && all.get(a).start() < lo) a++;
            while (b >= 0 && all.get(b).end() > hi) b--;
        }
        List<Occ> out = new ArrayList<>();
        for (int i = a; i <= b; i++) {
            Tokens.Tok t = all.get(i);
            if (from >= 0 && t.end() > from && t.start() < to) continue; // the mention itself is not evidence
            if (neg[i] >= 0) out.add(new Occ("NOT_" + t.norm(), all.get(neg[i]).start(), t.end()));
            else if (Tokens.isNegator(t.norm())) { // a negator reads with its scope: "not a success"
                int e = t.end();
                for (int j = i + 1; j < all.size() && neg[j] == i; j++) if (!STOP.contains(all.get(j).norm())) e = all.get(j).end();
                out.add(new Occ(t.norm(), t.start(), e));
            } else out.add(new Occ(t.norm(), t.start(), t.end()));
            if (i < b) {
                Tokens.Tok u = all.get(i + 1);
                if (from >= 0 && u.end() > from && u.start() < to) continue;
                out.add(new Occ(t.norm() + " " + u.norm(), t.start(), u.end()));
            }
        }
        return out;
    }

    /** Spans overlap or are separated by whitespace only (so "yield" + "no results" reads "yield no results"). */
    private static boolean touches(String text, int[] a, int[] b) {
        if (a[0] < b[1] && b[0] < a[1]) return true;
        int lo = Math.min(a[1], b[1]), hi = Math.max(a[0], b[0]);
        return lo <= hi && text.substring(lo, hi).isBlank();
    }

    private static final java.util.Set<String> STOP = java.util.Set.of(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
            "are", "was", "were", "be", "been", "being", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
            "their", "our", "this", "that", "these", "those", "said", "says", "say", "has", "have", "had", "will", "would",
            "who", "which", "what", "there", "than", "then", "also", "about", "into", "after", "before", "over", "s",
            "him", "them", "us", "me", "my", "do", "does", "did", "can", "could", "should", "may", "might", "if", "so");

    /** Evidence shows content words only: a unigram (negated or not) that is not a stopword, a bigram of two. */
    static boolean readable(String feature) {
        String f = feature.startsWith("NOT_") ? feature.substring(4) : feature;
        for (String w : f.split(" ")) if (STOP.contains(w)) return false;
        return true;
    }

    private Map<String, Integer> index() {
        Map<String, Integer> m = index;
        if (m == null) {
            m = new HashMap<>(vocab.length * 2);
            for (int i = 0; i < vocab.length; i++) m.put(vocab[i], i);
            index = m;
        }
        return m;
    }

    public double[] logits(List<Occ> occs) {
        Map<String, Integer> idx = index();
        int bias = vocab.length;
        double[] z = new double[classes.length];
        for (int c = 0; c < classes.length; c++) z[c] = weights[c][bias];
        for (Occ o : occs) {
            Integer j = idx.get(o.feature());
            if (j == null) continue;
            for (int c = 0; c < classes.length; c++) z[c] += weights[c][j];
        }
        return z;
    }

    /**
     * Readable evidence for class {@code cls}: the text spans of the present features that push most towards it
     * (weight for cls minus the mean weight), strongest first, overlapping spans merged, at most {@code max}.
     */
    public String evidence(String text, List<Occ> occs, int cls, int max) {
        Map<String, Integer> idx = index();
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, int[]> spans = new HashMap<>();
        for (Occ o : occs) {
            Integer j = idx.get(o.feature());
            if (j == null || !readable(o.feature())) continue;
            double mean = 0;
            for (int c = 0; c < classes.length; c++) mean += weights[c][j];
            mean /= classes.length;
            double contrib = weights[cls][j] - mean;
            if (contrib <= 0.05) continue;
            String key = o.start() + ":" + o.end();
            if (contrib > best.getOrDefault(key, 0.0)) { best.put(key, contrib); spans.put(key, new int[]{o.start(), o.end()}); }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        List<int[]> chosen = new ArrayList<>();
        for (Map.Entry<String, Double> e : ranked) {
            int[] s = spans.get(e.getKey());
            boolean merged = false;
            for (int[] c : chosen) {
                if (touches(text, s, c)) { c[0] = Math.min(c[0], s[0]); c[1] = Math.max(c[1], s[1]); merged = true; break; }
            }
            if (!merged) {
                if (chosen.size() >= max) continue;
                chosen.add(new int[]{s[0], s[1]});
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c[0]));
        List<String> parts = new ArrayList<>();
        for (int[] c : chosen) parts.add(text.substring(c[0], c[1]).replaceAll("\\s+", " "));
        return String.join("; ", parts);
    }
}
