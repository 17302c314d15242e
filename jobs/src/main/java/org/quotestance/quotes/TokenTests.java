package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/** Small tests on tagged tokens that the clause and source rules share: verbs, marks, negation. */
final class TokenTests {

  private TokenTests() {}

  /** Words that only tell when; they may stand between a source, its verb and its clause. */
  static final Set<String> TIME_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night",
      "earlier", "later", "recently", "weekend", "previously", "again");

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  /** A time word or a month ("in April"); "Theresa May" is a person, which the tagger's PERSON tells. */
  static boolean isTime(Token t) {
    return TIME_WORDS.contains(t.lower()) || t.isProperNoun() && !t.isPerson() && MONTHS.contains(t.lower());
  }

  /** Words that may lead into a time phrase ("on Monday", "last week", "final week"). */
  static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "final", "earlier", "late",
      "in", "next", "that", "the");

  /** Subordinators: a clause they open is a circumstance ("After X, Y said"), not what was said. */
  static final Set<String> SUBORDINATORS = Set.of("after", "when", "if", "because", "as",
      "while", "although", "since", "before", "once", "though", "until", "unless", "whether", "where");

  /** Verbs that are grammar, not reporting: auxiliaries and the copula. */
  static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do", "get");

  // ---- cue verbs -------------------------------------------------------------------------------

  /** Prepositions whose object a tagger may end with a noun read as a verb: "in her opening remarks/VBZ that". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "during", "for", "with", "from",
      "into", "through");

  /**
   * "said in her opening remarks/VBZ that …": a "verb" closing a determiner's noun phrase that a preposition opens
   * is the phrase's noun when the phrase follows a verb: the clause's subject would have to follow the preposition.
   */
  static boolean endsPrepositionalObject(Sentence s, int v) {
    int a = v - 1;
    while (a > 0 && (s.token(a).isNoun() && !s.token(a).isPerson() && !s.token(a).pos().startsWith("NNP")
        || s.token(a).pos().startsWith("JJ") || s.token(a).pos().equals("VBG"))) a--;
    if (a < 1 || a == v - 1 && !s.token(a).pos().equals("PRP$")) return false;
    String d = s.token(a).pos();
    if (!(d.equals("PRP$") || d.equals("DT")) || !PLACE_PREPOSITIONS.contains(s.token(a - 1).lower())) return false;
    // the phrase follows a verb ("said in her remarks"), not a subject ("Trump at the time said", "voters in each
    // state want", "Tyson appearing at the convention sparked")
    int p = a - 2;
    while (p > 0 && s.token(p).pos().startsWith("RB")) p--;
    // ("People briefed/VBD on the move said": a participle the tagger read as a past tense, right after the
    // sentence's first common noun and with no verb before it, modifies the subject; "Schultz said in her opening
    // remarks" is the clause's own verb)
    boolean reducedRelative = p > 0 && pastTenseAfterCommonNoun(s, p) && !hasFiniteVerb(s, 0, p);
    return p >= 0 && !reducedRelative && (s.token(p).isFiniteVerb() || s.token(p).pos().equals("VBN"));
  }

  /** A finite verb (or a perfect participle after "has"), not an auxiliary or copula. */
  static boolean isCueVerb(Sentence s, int v) {
    Token t = s.token(v);
    if (AUXILIARY_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))) return false;
    if (t.isFiniteVerb()) return !nextIsVerb(s, v) && !endsPrepositionalObject(s, v);
    if (t.pos().equals("NNS")) return verbReadAsPluralNoun(s, v);
    if (t.pos().equals("VBN") && v > 0) {
      int a = v - 1;
      // "has increasingly decried"; "has not commented on" (PolNeAR marks what was not said too)
      while (a > 0 && s.token(a).pos().startsWith("RB")) a--;
      String prev = s.token(a).lower();
      if (prev.equals("has") || prev.equals("have") || prev.equals("had")) return true;
      // "the NAACP called for ...", tagged as a participle: a past tense when no verb follows it, or
      // when what follows is a clause with a subject of its own ("Multiple outlets reported on
      // Wednesday the Secret Service had ..."), which a reduced relative ("a poll released found") lacks
      Token before = s.token(v - 1);
      // "Sanders’ campaign called/VBN AP’s report a “rush to judgment,” because …", "De Blasio, speaking on
      // WOR710, called/VBN Trump a “blowhard,” and said …": no verb before it, and the next one in a clause of
      // its own, so this is the sentence's main verb
      if ((before.isNoun() || before.isPunct(",")) && !hasFiniteVerb(s, 0, v) && nextVerbInAnotherClause(s, v)) {
        return true;
      }
      // "Another tweeted, “…”": "another" standing alone for one of the people just named has no participle
      if (v == 1 && before.lower().equals("another")) return true;
      // "Democratic leaders — and Harry Reid — insisted that": after an aside between dashes too
      return (before.isNoun() || before.pos().equals("PRP") || isDash(before))
          && (!hasFiniteVerb(s, v + 1, s.size()) || clauseWithSubjectAfter(s, v + 1));
    }
    // "did say he found", "will say": the verb after an auxiliary or a modal
    // "did not mention X", "didn't directly discuss X": a report PolNeAR marks although it was not made
    if (t.pos().equals("VB") && v > 0) {
      int a = v - 1;
      while (a > 0 && s.token(a).pos().startsWith("RB") && v - a <= 3) a--;
      Token before = s.token(a);
      if (before.pos().equals("MD") || before.lemma().equals("do") && before.isVerb()) return true;
      // "Proponents of the new bill, however, say/VB it would …": a present tense read as a base form
      // after an adverb between commas
      int open = adverbAsideOpening(s, v - 1);
      if (open > 0 && (s.token(open - 1).isNoun() || s.token(open - 1).pos().equals("PRP"))) return true;
      // "Officials close to the investigation say/VB", "Forbes and Wealth-X say/VB": right after a noun, with no
      // verb, modal or "to" before it in the sentence, a base form is a present tense
      if (!before.isNoun()) return false;
      for (int i = 0; i < v; i++) {
        Token u = s.token(i);
        if (u.isVerb() || u.pos().equals("MD") || u.pos().equals("TO") || u.isQuoteMark()) return false;
      }
      return true;
    }
    // "Trump is telling veterans that ...", "Reid has been steadily pounding Trump as a “con artist”"
    if (t.pos().equals("VBG") && v > 0) {
      int a = v - 1;
      while (a > 0 && s.token(a).pos().startsWith("RB")) a--;
      return s.token(a).lemma().equals("be") && s.token(a).isVerb();
    }
    return false;
  }

  /**
   * "“…,” a voice-over in the ad states/NNS.": after a quotation, a word ending the sentence that the tagger
   * read as a plural noun, whose verb mostly reports, with nothing but its subject between the quotation and
   * it, is the cue.
   */
  private static boolean verbReadAsPluralNoun(Sentence s, int v) {
    if (v + 1 < s.size() && !s.token(v + 1).pos().equals(".")) return false;
    if (!CueLexicon.shared().mostlyReports(s.token(v).lemma())) return false;
    for (int i = v - 1; i > 0; i--) {
      Token t = s.token(i);
      // ("“…,” and the problem of the states." has no subject there)
      if (isQuoteMark(t)) return i < v - 1 && s.token(i - 1).isPunct(",") && !s.token(i + 1).pos().equals("CC");
      if (t.isVerb() || t.pos().equals("CC") || t.isPunct(",")) return false;
    }
    return false;
  }

  /** "not", "never", "n't" (either apostrophe). */
  static boolean isNegator(Token t) {
    String w = t.lower();
    return w.equals("not") || w.equals("never") || w.equals("n't") || w.equals("n\u2019t");
  }

  /** From i, after a time phrase: "that", or a subject (pronoun, name, noun phrase) soon followed by a finite verb. */
  static boolean clauseWithSubjectAfter(Sentence s, int i) {
    while (i < s.size() && (TIME_WORDS.contains(s.token(i).lower()) || TIME_LEADS.contains(s.token(i).lower()))) i++;
    if (i >= s.size()) return false;
    Token t = s.token(i);
    if (t.lower().equals("that")) return true;
    String p = t.pos();
    // "determined there wasn't enough evidence": an existential "there" is a subject too
    if (p.equals("EX")) return i + 1 < s.size() && isFiniteOrModal(s.token(i + 1));
    if (!(p.equals("PRP") || p.equals("DT") || p.startsWith("NNP") || p.equals("PRP$"))) return false;
    for (int j = i + 1; j < s.size() && j - i <= 6; j++) {
      Token u = s.token(j);
      if (u.isFiniteVerb() || u.pos().equals("MD")) return true;
      if (!(u.isNoun() || u.pos().startsWith("JJ") || u.pos().equals("POS") || u.pos().equals("CD"))) return false;
    }
    return false;
  }

  /** The first finite verb after v is absent or follows a subordinator, "that", a relative pronoun, "and" or "but". */
  static boolean nextVerbInAnotherClause(Sentence s, int v) {
    for (int i = v + 1; i < s.size(); i++) {
      Token t = s.token(i);
      String w = t.lower();
      // ("Mitt Romney, the nominee, tweeted/VBN in response: ''… Putin kills …''": what follows a colon is another clause)
      if (SUBORDINATORS.contains(w) || w.equals("that") || w.equals("and") || w.equals("but") || w.equals(":")
          || t.pos().equals("WP") || t.pos().equals("WDT")) {
        return true;
      }
      if (isFiniteOrModal(t)) return false;
    }
    return true;
  }

  /** "who", "which", "whose": a relative (or interrogative) pronoun by its tag. */
  static boolean isRelativePronoun(Token t) {
    return t.pos().equals("WP") || t.pos().equals("WDT") || t.pos().equals("WP$");
  }

  /** "de Blasio": a lower-case particle of a name (tagged as a preposition, but part of the person) at i. */
  static boolean isNameParticle(Sentence s, int i) {
    return i + 1 < s.size() && s.token(i).isPerson() && s.token(i + 1).isPerson()
        && Character.isLowerCase(s.token(i).word().charAt(0));
  }

  /**
   * An adverb set off by commas (", however,", ", too,") whose closing comma is at {@code comma}: the
   * index of its opening comma, or -1. One or two adverbs between the commas.
   */
  static int adverbAsideOpening(Sentence s, int comma) {
    if (comma < 2 || !s.token(comma).isPunct(",")) return -1;
    for (int n = 2; n <= 4; n++) {
      if (comma > n && s.token(comma - n - 1).isPunct(",") && isAdverbialPhrase(s, comma - n, n)) return comma - n - 1;
    }
    int k = comma - 1;
    while (k >= 0 && s.token(k).pos().startsWith("RB") && comma - k <= 2) k--;
    return k < comma - 1 && k > 0 && s.token(k).isPunct(",") ? k : -1;
  }

  /** The same aside read forwards from its opening comma: the index after its closing comma, or -1. */
  static int adverbAsideEnd(Sentence s, int comma) {
    if (comma + 2 >= s.size() || !s.token(comma).isPunct(",")) return -1;
    for (int n = 2; n <= 4; n++) {
      if (comma + n + 1 < s.size() && s.token(comma + n + 1).isPunct(",") && isAdverbialPhrase(s, comma + 1, n)) {
        return comma + n + 2;
      }
    }
    int k = comma + 1;
    while (k < s.size() && s.token(k).pos().startsWith("RB") && k - comma <= 2) k++;
    return k > comma + 1 && k < s.size() && s.token(k).isPunct(",") ? k + 1 : -1;
  }

  /**
   * Phrases that work as one adverb (", of course,", ", at the same time,"): the tagger reads them as a
   * preposition and a noun, so the adverb test above does not see them.
   */
  private static final Map<String, List<String[]>> ADVERBIAL_PHRASES = byFirstWord("of course", "in fact",
      "for example", "for instance", "in turn", "at least", "after all", "in particular", "by contrast", "in addition",
      "as usual", "at times", "in general", "in part", "in effect", "in short", "at first", "as well",
      "at the same time", "on the other hand", "in the meantime", "for his part", "for her part",
      "for their part", "for its part", "as a result", "in other words", "by the way", "in the end");

  private static Map<String, List<String[]>> byFirstWord(String... phrases) {
    Map<String, List<String[]>> m = new HashMap<>();
    for (String p : phrases) {
      String[] words = p.split(" ");
      m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    return m;
  }

  /** The n tokens from i are one of the phrases above (checked at every comma a source search passes: no allocation). */
  private static boolean isAdverbialPhrase(Sentence s, int i, int n) {
    List<String[]> candidates = ADVERBIAL_PHRASES.get(s.token(i).lower());
    if (candidates == null) return false;
    for (String[] words : candidates) {
      if (words.length != n) continue;
      int k = 1;
      while (k < n && words[k].equals(s.token(i + k).lower())) k++;
      if (k == n) return true;
    }
    return false;
  }

  /** "has said": the auxiliary is not the cue, the participle is. */
  static boolean nextIsVerb(Sentence s, int v) {
    return v + 1 < s.size() && s.token(v + 1).pos().equals("VBN") && s.token(v).lemma().equals("have");
  }

  static boolean hasModalBefore(Sentence s, int from, int to) {
    // "I can now say that …" reports; "would", "will", "could", "might" say what is not yet said
    for (int i = from; i < to; i++) if (s.token(i).pos().equals("MD") && !s.token(i).lower().equals("can")) return true;
    return false;
  }

  static int skipParticle(Sentence s, int i) {
    return i < s.size() && s.token(i).pos().equals("RP") ? i + 1 : i;
  }

  static boolean negated(Sentence s, int v) {
    for (int i = Math.max(0, v - 3); i < v; i++) if (isNegator(s.token(i))) return true;
    return false;
  }

  /** "didn't reply", "did not say": a negation right after the verb or auxiliary at v. */
  static boolean negatedAfter(Sentence s, int v) {
    for (int i = v + 1; i < Math.min(s.size(), v + 3); i++) if (isNegator(s.token(i))) return true;
    return false;
  }

  static boolean isDash(Token t) { return t.isDash(); }

  static boolean isQuoteMark(Token t) { return t.isQuoteMark(); }

  static boolean isFiniteOrModal(Token t) { return t.isFiniteVerb() || t.pos().equals("MD"); }

  /** "insisted that Pyongyang “stop its escapades”": a subjunctive or a quotation after "that". */
  static boolean hasVerbOrQuote(Sentence s, int from, boolean[] quoted) {
    for (int i = from; i < s.size() && i - from <= 6; i++) {
      if (s.token(i).isVerb() || quoted[i]) return true;
    }
    return false;
  }

  static boolean hasFiniteVerb(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) if (isFiniteOrModal(s.token(i))) return true;
    return false;
  }

  static boolean isClauseBreak(Token t) {
    return t.isPunct(",") || t.word().equals("\u201D") || t.word().equals("\"") || t.word().equals("''");
  }

  /** A comma, "!" or "?": quoted words that end so are speech a reporting clause may follow. */
  static boolean endsSpeech(Token t) {
    return t.isPunct(",") || t.isPunct("!") || t.isPunct("?");
  }

  /** A past tense right after a common noun: the shape of a participle the tagger misread ("People briefed/VBD on"). */
  static boolean pastTenseAfterCommonNoun(Sentence s, int v) {
    return v > 0 && s.token(v).pos().equals("VBD") && s.token(v - 1).isNoun() && !s.token(v - 1).isProperNoun();
  }
}
