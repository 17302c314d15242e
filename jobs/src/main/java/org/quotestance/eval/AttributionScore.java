package org.quotestance.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribution scoring rules, as the reference scorer states them. Loose: a prediction and a gold
 * content span match when the shorter lies at least half inside the longer; strict: character Jaccard
 * of at least 0.8. Precision counts predictions matching some gold span, recall gold spans matched by
 * some prediction. For each matched gold span the best-overlapping prediction's speaker is right when
 * its mention overlaps a gold source span, or its canonical speaker's surname is in the gold source
 * text (or equals the gold speaker's surname).
 */
public final class AttributionScore {

  private AttributionScore() {}

  /** A gold attribution: content span, kind, source spans and text, or a named speaker (seed gold). */
  public record Gold(int start, int end, String kind, List<int[]> sources, String sourceText, String speaker) {}

  /** A predicted row of the quotes table. */
  public record Pred(int start, int end, String kind, String speaker, Integer speakerStart, Integer speakerEnd) {}

  public record Figures(double precision, double recall, double f1, double speakerAccuracy, int gold, int pred,
      int found) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f speaker_acc=%.4f (gold %d, predicted %d, found %d)",
          precision, recall, f1, speakerAccuracy, gold, pred, found);
    }
  }

  public static boolean loose(int ps, int pe, int gs, int ge) {
    int inter = Math.max(0, Math.min(pe, ge) - Math.max(ps, gs));
    int shorter = Math.min(pe - ps, ge - gs);
    return shorter > 0 && inter / (double) shorter >= 0.5;
  }

  public static double jaccard(int ps, int pe, int gs, int ge) {
    int inter = Math.max(0, Math.min(pe, ge) - Math.max(ps, gs));
    int union = Math.max(pe, ge) - Math.min(ps, gs);
    return union > 0 ? inter / (double) union : 0;
  }

  static boolean strict(int ps, int pe, int gs, int ge) { return jaccard(ps, pe, gs, ge) >= 0.8; }

  /** Scores all articles; {@code keep} filters gold kinds (empty: all), predictions are all counted. */
  public static Figures score(Map<String, List<Gold>> gold, Map<String, List<Pred>> pred, boolean strictMatch,
      List<String> keep) {
    int predHits = 0;
    int goldHits = 0;
    int nPred = 0;
    int nGold = 0;
    int speakers = 0;
    for (Map.Entry<String, List<Gold>> e : gold.entrySet()) {
      List<Gold> gs = new ArrayList<>();
      for (Gold g : e.getValue()) if (keep.isEmpty() || keep.contains(g.kind())) gs.add(g);
      List<Pred> ps = pred.getOrDefault(e.getKey(), List.of());
      nGold += gs.size();
      nPred += ps.size();
      for (Pred p : ps) {
        for (Gold g : gs) {
          if (hit(strictMatch, p, g)) { predHits++; break; }
        }
      }
      for (Gold g : gs) {
        Pred best = null;
        double bestJ = -1;
        for (Pred p : ps) {
          if (!hit(strictMatch, p, g)) continue;
          double j = jaccard(p.start(), p.end(), g.start(), g.end());
          if (j >= bestJ) { bestJ = j; best = p; }   // ties: the later prediction, as the reference does
        }
        if (best == null) continue;
        goldHits++;
        if (speakerRight(best, g)) speakers++;
      }
    }
    double precision = nPred == 0 ? 0 : predHits / (double) nPred;
    double recall = nGold == 0 ? 0 : goldHits / (double) nGold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Figures(precision, recall, f1, goldHits == 0 ? 0 : speakers / (double) goldHits, nGold, nPred, goldHits);
  }

  private static boolean hit(boolean strictMatch, Pred p, Gold g) {
    return strictMatch ? strict(p.start(), p.end(), g.start(), g.end()) : loose(p.start(), p.end(), g.start(), g.end());
  }

  public static boolean speakerRight(Pred p, Gold g) {
    if (g.speaker() == null && g.sources().isEmpty() && g.sourceText().isEmpty()) {
      return p.speaker() == null || p.speaker().isEmpty();
    }
    if (p.speakerStart() != null && p.speakerEnd() != null) {
      for (int[] s : g.sources()) {
        if (Math.min(p.speakerEnd(), s[1]) > Math.max(p.speakerStart(), s[0])) return true;
      }
    }
    String sn = surname(p.speaker());
    if (sn.isEmpty()) return false;
    if (g.speaker() != null) return sn.equals(surname(g.speaker()));
    return words(g.sourceText()).contains(sn);
  }

  private static final Pattern WORD = Pattern.compile("[a-z][a-z'\\-]+");

  static String fold(String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT);
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(fold(s));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** The last word of a name, as the reference scorer takes it. */
  public static String surname(String name) {
    List<String> w = words(name);
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }
}
