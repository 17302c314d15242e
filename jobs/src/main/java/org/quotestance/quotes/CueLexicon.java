package org.quotestance.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.quotestance.resources.TableResource;

/**
 * How often a verb, used with a source before it, is an attribution cue in hand-labelled news: a
 * table learned from PolNeAR's training articles by {@code scripts/train-cues} (resource
 * {@code quotes/cue-lexicon.tsv}: lemma, times seen with a source, times a labelled cue, and the same two
 * counts for the uses with a plain object and no reported clause).
 *
 * <p>The clause shapes of {@link ReportingClauses} need no list: any verb before a reported clause is
 * a cue. The table is used only where the shape alone cannot tell speech from action: a verb with a
 * plain object ("Clinton cited the report", "called the charges fabricated"), which is an attribution
 * for "cite" and "call" but not for "build" or "visit". The threshold (a quarter of the uses) was
 * chosen on a subset of PolNeAR train: PolNeAR counts many acts of saying and believing as
 * attributions ("criticized X", "supports X"), and a lower share finds more of them. Where a verb was
 * seen often enough with a plain object, its share in that use decides (0.3, chosen the same way): "add"
 * reports its clauses ("added that ...") but seldom an object ("adding to her lead"), "want" the other
 * way round. Verbs the table has not seen are not taken there; they are still found in every clause shape.
 */
public final class CueLexicon {

  /** Seen at least this often, and a cue at least this share of the time, to take a plain object. */
  static final int MIN_SEEN = 3;
  static final double MIN_SHARE = 0.25;
  /** The share for a plain object, chosen on the train subset like MIN_SHARE (0.25: more found, spans worse; 0.35: fewer). */
  static final double OBJECT_MIN_SHARE = 0.3;

  private final Map<String, int[]> counts;
  /** Nouns before a "that" clause: lemma → {times seen in that shape, times a labelled cue} (quotes/noun-cues.tsv). */
  private final Map<String, int[]> nouns;

  /** "lemma preposition" → {times seen with an object after them, times a labelled cue} (quotes/preposition-cues.tsv). */
  private final Map<String, int[]> pairs;

  private CueLexicon(Map<String, int[]> counts, Map<String, int[]> nouns, Map<String, int[]> pairs) {
    this.counts = counts;
    this.nouns = nouns;
    this.pairs = pairs;
  }

  private static final class Holder {
    static final CueLexicon INSTANCE = load();
  }

  public static CueLexicon shared() { return Holder.INSTANCE; }

  private static CueLexicon load() {
    Map<String, int[]> m = new HashMap<>();
    for (String[] f : TableResource.rows("/quotes/cue-lexicon.tsv")) {
      m.put(f[0], f.length >= 5
          ? new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])}
          : new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), 0, 0});
    }
    Map<String, int[]> nouns = new HashMap<>();
    for (String[] f : TableResource.rows("/quotes/noun-cues.tsv")) {
      nouns.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
    }
    Map<String, int[]> pairs = new HashMap<>();
    for (String[] f : TableResource.rows("/quotes/preposition-cues.tsv")) {
      pairs.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
    }
    return new CueLexicon(m, nouns, pairs);
  }

  /**
   * A noun that, followed by "that" and a clause ("his claim that …", "the notion that …"), PolNeAR train
   * marks as a cue at least {@link #MIN_SHARE} of the times it was seen so, seen at least {@link #MIN_SEEN}
   * times: the verbs' threshold, since the rule that uses it also asks for a possessor ("his claim that").
   */
  public boolean reportingNoun(String lemma) {
    int[] c = nouns.get(lemma.toLowerCase(Locale.ROOT));
    return c != null && c[0] >= MIN_SEEN && c[1] >= MIN_SHARE * c[0];
  }

  /**
   * The share for a word and preposition: the plain object's, 0.3. On train 1–150, with the table learned from the
   * rest of train, 0.45 found 34 fewer attributions for a loose F1 0.0045 lower.
   */
  static final double PREPOSITION_MIN_SHARE = OBJECT_MIN_SHARE;

  /**
   * A word and preposition ("call for", "attack on", "critical of", key as {@code "lemma preposition"}) whose
   * object PolNeAR train marks as what was said or believed at least {@link #PREPOSITION_MIN_SHARE} of the times it
   * was seen, seen at least {@link #MIN_SEEN} times and labelled at least twice.
   */
  public boolean reportsPrepositionalObject(String pair) {
    int[] c = pairs.get(pair);
    // (twice labelled at least: one labelled use in three, "month for", "email with", is chance)
    return c != null && c[0] >= MIN_SEEN && c[1] >= 2 && c[1] >= PREPOSITION_MIN_SHARE * c[0];
  }

  /** Share of labelled cues among the times this lemma was seen with a source; -1 when unseen. */
  public double share(String lemma) {
    int[] c = counts.get(lemma.toLowerCase(Locale.ROOT));
    return c == null || c[0] == 0 ? -1 : c[1] / (double) c[0];
  }

  /** A verb whose uses with a source are labelled cues at least half the time ("say", "argue", "announce"). */
  public boolean mostlyReports(String lemma) {
    return share(lemma) >= 0.5;
  }

  /** Below this share a verb that the table has seen is one that seldom reports ("ensure that", "win"). */
  static final double SELDOM_SHARE = 0.2;

  /**
   * A verb PolNeAR train has seen with a source and seldom marked as a cue: its "that" clause, the
   * clause before it or what follows it is not taken as reported. Unseen verbs are not "seldom".
   */
  public boolean seldomACue(String lemma) {
    double share = share(lemma);
    return share >= 0 && share < SELDOM_SHARE;
  }

  /** A verb whose plain object is what was said ("cited X", "condemned X", "called for X"). */
  public boolean reportsObject(String lemma) {
    int[] c = counts.get(lemma.toLowerCase(Locale.ROOT));
    if (c == null) return false;
    // how often the verb reports when it has a plain object: "added to her lead" is no report,
    // though "add" reports most of the time ("added that ...")
    if (c[2] >= MIN_SEEN) return c[3] / (double) c[2] >= OBJECT_MIN_SHARE;
    return c[0] >= MIN_SEEN && c[1] / (double) c[0] >= MIN_SHARE;
  }

  /**
   * A verb whose uses with a source seldom have a plain object (fewer than one in five: "say", "add", "write";
   * not "tell", "call", "endorse"): a name after it is no object, so it is the source of an inverted clause.
   */
  public boolean takesClauses(String lemma) {
    int[] c = counts.get(lemma.toLowerCase(Locale.ROOT));
    return c != null && c[0] >= MIN_SEEN && c[2] < 0.2 * c[0];
  }

  /**
   * Whether a word is an inflected form of a verb that mostly reports, whatever its tag ("Said/NNP Comey: “…”",
   * where the tagger and the name finder take a capitalised verb opening the sentence for a name).
   */
  public boolean reportingVerbForm(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String lemma = edu.stanford.nlp.process.Morphology.lemmaStatic(w, "VBD");
    return !lemma.equals(w) && mostlyReports(lemma);
  }
}
