package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.nlp.Token;

/**
 * Finds reporting clauses ("who said what") in tagged sentences by their shape, not by a list of
 * "said" verbs: a source noun phrase, a finite verb, and a clause, quotation or colon after it (or a
 * clause before it, then a comma and "source verb"). Any verb in that shape is a cue, so reworded or
 * rare verbs ("stated", "advised reporters that", "dominated out the likelihood that") are found too.
 * The shape tests are what keep out ordinary verbs: the complement must be a clause with a finite verb
 * of its own, and the source must be a person, an organisation, a pronoun or a noun phrase that can
 * stand as a subject.
 */
public final class ReportingClauses {

  private ReportingClauses() {}

  /** Words that only tell when; they may stand between a source, its verb and its clause. */
  private static final Set<String> TIME_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night",
      "earlier", "later", "recently", "weekend", "previously", "again");

  /** Words that may lead into a time phrase ("on Monday", "last week", "final week"). */
  private static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "final", "earlier", "late",
      "in", "next", "that", "the");

  /** Quantifiers that can stand alone as a subject: "Some chanted", "Many say". */
  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "both", "all", "most", "several", "few");

  /** Pronouns that can be a source; "it" and "this" are left out (expletives, things). */
  private static final Set<String> SOURCE_PRONOUNS = Set.of("he", "she", "they", "we", "i", "you");

  /** Subordinators: a clause they open is a circumstance ("After X, Y said"), not what was said. */
  private static final Set<String> SUBORDINATORS = Set.of("after", "when", "if", "because", "as",
      "while", "although", "since", "before", "once", "though", "until", "unless", "whether", "where");

  /** Verbs that are grammar, not reporting: auxiliaries and the copula. */
  private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do", "get");

  /** All reporting clauses in the article, in text order. */
  public static List<Attribution> find(TaggedText doc, List<QuoteSpan> quotes) {
    List<Attribution> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      found.addAll(inSentence(doc.text(), s, quotes));
    }
    return found;
  }

  static List<Attribution> inSentence(String text, Sentence s, List<QuoteSpan> quotes) {
    boolean[] quoted = quotedTokens(s, quotes);
    List<Attribution> out = new ArrayList<>();
    for (int v = 0; v < s.size(); v++) {
      if (quoted[v]) continue;
      Token t = s.token(v);
      if (isAccordingTo(s, v)) {
        Attribution a = accordingTo(s, v, quoted);
        if (a != null) { out.add(a); v += 1; }
        continue;
      }
      Attribution passive = passiveBy(s, v, quoted);
      if (passive != null) {
        out.add(passive);
        continue;
      }
      int[] np = isCueVerb(s, v) ? sourceBefore(s, v) : null;
      if (np == null && isCueVerb(s, v)) np = distantSourceOfThatClause(s, v, quoted);
      if (np != null) {
        int afterCue = skipParticle(s, v + 1);
        boolean modal = hasModalBefore(s, np[1] + 1, v);
        int contentFirst = complementStart(s, v, afterCue, quoted, modal);
        if (contentFirst >= 0) {
          out.add(new Attribution(s.index(), np[0], np[1], v, afterCue - 1,
              s.token(contentFirst).begin(), s.end(), Attribution.Form.SOURCE_CUE_CONTENT));
          // "“Hello,” he said, “how are you?”": the quotation before the source is his too.
          int ps = phraseStart(np);
          if (ps > 1 && quoted[ps - 1] || ps > 1 && s.token(ps - 1).isPunct(",") && quoted[ps - 2]) {
            Attribution before = contentBefore(s, ps, np[0], np[1], v, quoted);
            if (before != null) out.add(before);
          }
          continue;
        }
        // "He said:" or "Sanders made the following comment:" closing its sentence: the quotation after
        // it (often the next paragraph)
        int colon = s.size() - 1;
        while (colon > v && !s.token(colon).isPunct(":")) colon--;
        if (colon > v && colon >= s.size() - 2 && !hasFiniteVerb(s, v + 1, colon)) {
          QuoteSpan next = quoteStartingAfter(text, s.token(colon).end(), quotes);
          if (next != null) {
            out.add(new Attribution(s.index(), np[0], np[1], v, v, next.start(), next.end(),
                Attribution.Form.SOURCE_CUE_CONTENT));
            continue;
          }
        }
        int objectFirst = modal ? -1 : reportedObject(s, v, afterCue, quoted);
        Attribution before = null;
        if (phraseStart(np) > 0 && endsClause(s, v + 1) && !modal) {
          before = parenthetical(s, phraseStart(np), np, v, quoted);
          if (before == null) before = contentBefore(s, phraseStart(np), np[0], np[1], v, quoted);
        }
        if (before != null) {
          out.add(before);
        } else if (objectFirst >= 0) {
          out.add(new Attribution(s.index(), np[0], np[1], v, objectFirst - 1 > v ? objectFirst - 1 : v,
              s.token(objectFirst).begin(), s.end(), Attribution.Form.SOURCE_CUE_CONTENT));
        } else if (phraseStart(np) == 0 && endsClause(s, v + 1) && !modal) {
          // "“Where are the carrots?” he asked." split after the question mark: the quote just before.
          QuoteSpan q = quoteEndingAt(text, s.begin(), quotes);
          if (q != null) {
            out.add(new Attribution(s.index(), np[0], np[1], v, v, q.start(), q.end(),
                Attribution.Form.CONTENT_THEN_CUE));
          }
        }
        continue;
      }
      // "“...,” said Paul Martin, a detective" / "..., insists Burton." The tagger often reads a verb
      // right after a closing mark as a noun ("“…” reply Burton"), so any lower-case word may be the cue.
      boolean afterQuote = v > 0 && quoted[v - 1] || v > 1 && s.token(v - 1).isPunct(",") && quoted[v - 2];
      boolean cueLike = t.isFiniteVerb()
          || afterQuote && (t.isVerb() || t.isNoun()) && Character.isLowerCase(t.word().charAt(0));
      // "“… our greatest shame.” ― Sonya Herridge": a dash and a name after a quotation
      if (isDash(t) && (v == 0 || quoted[v - 1]) && v + 1 < s.size() && s.token(v + 1).isPerson()) {
        QuoteSpan q = quoteEndingAt(text, t.begin(), quotes);
        int[] after = q == null ? null : sourceAfter(s, v + 1);
        if (after != null) {
          out.add(new Attribution(s.index(), after[0], after[1], v, v, q.start(), q.end(),
              Attribution.Form.CONTENT_THEN_CUE));
          continue;
        }
      }
      // "Continued Stone: “So I think …”": a verb opening the sentence, a name, a colon and a quotation
      if (v == 0 && t.isVerb() && s.size() > 3) {
        int[] after = sourceAfter(s, 1);
        if (after != null && after[1] + 2 < s.size() && s.token(after[1] + 1).isPunct(":") && quoted[after[1] + 2]) {
          out.add(new Attribution(s.index(), after[0], after[1], 0, 0, s.token(after[1] + 2).begin(), s.end(),
              Attribution.Form.CONTENT_THEN_CUE));
          continue;
        }
      }
      // "“We love cats!” reply Burton and Nick." split after the exclamation mark.
      if (v == 0 && (t.isVerb() || t.isNoun()) && Character.isLowerCase(t.word().charAt(0))) {
        QuoteSpan q = quoteEndingAt(text, s.begin(), quotes);
        int[] after = q == null ? null : sourceAfter(s, 1);
        if (after != null && nothingFollowsSource(s, after[1] + 1)) {
          out.add(new Attribution(s.index(), after[0], after[1], 0, 0, q.start(), q.end(),
              Attribution.Form.CONTENT_THEN_CUE));
        }
        continue;
      }
      if (cueLike && v > 0 && isClauseBreak(s.token(v - 1))) {
        int[] after = sourceAfter(s, v + 1);
        if (after != null && nothingFollowsSource(s, after[1] + 1)) {
          Attribution a = contentBefore(s, v, after[0], after[1], v, quoted);
          if (a != null) out.add(a);
        }
      }
    }
    out.addAll(participles(s, quoted, out));
    return trimOverlaps(s, out);
  }

  // ---- cue verbs -------------------------------------------------------------------------------

  /** A finite verb (or a perfect participle after "has"), not an auxiliary or copula. */
  static boolean isCueVerb(Sentence s, int v) {
    Token t = s.token(v);
    if (AUXILIARY_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))) return false;
    if (t.isFiniteVerb()) return !nextIsVerb(s, v);
    if (t.pos().equals("VBN") && v > 0) {
      String prev = s.token(v - 1).lower();
      if (prev.equals("has") || prev.equals("have") || prev.equals("had")) return true;
      // "the NAACP called for ...", tagged as a participle: a past tense when no verb follows it
      Token before = s.token(v - 1);
      return (before.isNoun() || before.pos().equals("PRP")) && !hasFiniteVerb(s, v + 1, s.size());
    }
    if (t.pos().equals("VB") && v > 0) return s.token(v - 1).pos().equals("MD");
    // "Trump is telling veterans that ...", "Reid has been steadily pounding Trump as a “con artist”"
    if (t.pos().equals("VBG") && v > 0) {
      int a = v - 1;
      while (a > 0 && s.token(a).pos().startsWith("RB")) a--;
      return s.token(a).lemma().equals("be") && s.token(a).isVerb();
    }
    return false;
  }

  /** "has said": the auxiliary is not the cue, the participle is. */
  private static boolean nextIsVerb(Sentence s, int v) {
    return v + 1 < s.size() && s.token(v + 1).pos().equals("VBN") && s.token(v).lemma().equals("have");
  }

  private static boolean hasModalBefore(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) if (s.token(i).pos().equals("MD")) return true;
    return false;
  }

  private static int skipParticle(Sentence s, int i) {
    return i < s.size() && s.token(i).pos().equals("RP") ? i + 1 : i;
  }

  // ---- sources ---------------------------------------------------------------------------------

  /**
   * The source noun phrase that ends just before cue verb {@code v}, skipping adverbs, auxiliaries
   * and time phrases ("Lavrov bluntly", "Trump on Sunday", "Putin has"), and looking through an
   * apposition ("Hugh Hill, a doctor, said"). Returns {first, last} token positions of the source, and
   * for an apposition a third element, where the whole phrase starts; null when there is no source.
   */
  static int[] sourceBefore(Sentence s, int v) {
    int j = skipBackward(s, v - 1);
    if (j < 0) return null;
    if (s.token(j).isPunct(",")) {
      int[] appos = apposition(s, j);
      return appos != null ? appos : namedBeforeAsides(s, j);
    }
    if (s.token(j).pos().equals("VBN") && j > 0 && s.token(j - 1).isNoun()) j--;   // "a poll released found"
    int[] np = withModifiers(s, nounPhraseEndingAt(s, j));
    if (np == null) return null;
    if (np[0] > 0) {
      Token before = s.token(np[0] - 1);
      if (before.pos().equals("IN") || before.pos().equals("TO")) {
        // "through which the president stated", "As Politico reported" are fine; "with Rubio stated" is not.
        if (!before.lower().equals("that") && !before.lower().equals("as")) return null;
      }
      if (before.pos().equals("POS")) return null;
    }
    return np;
  }

  private static int phraseStart(int[] np) { return np.length > 2 ? np[2] : np[0]; }

  /**
   * "The transcript of the debate – published by The Post – shows that ...": when no source phrase
   * stands right before a verb that is followed by "that" and a clause, the source is the sentence's
   * first noun phrase (its subject), provided no other verb comes between them. Verbs that the cue
   * lexicon has seen often and seldom as cues ("ensure that") are left out.
   */
  private static int[] distantSourceOfThatClause(Sentence s, int v, boolean[] quoted) {
    int k = skipParticle(s, v + 1);
    if (k >= s.size() || !s.token(k).lower().equals("that") || !hasFiniteVerb(s, k + 1, s.size())) return null;
    double share = CueLexicon.shared().share(s.token(v).lemma());
    if (share >= 0 && share < 0.2) return null;
    int first = 0;
    while (first < v && (s.token(first).pos().equals("CC") || s.token(first).pos().startsWith("RB")
        || s.token(first).isPunct(",") || quoted[first])) {
      first++;
    }
    for (int i = first; i < v; i++) {
      if (isFiniteOrModal(s.token(i)) && !s.token(i).lemma().equals("be")) return null;
    }
    int last = first;
    while (last + 1 < v && (s.token(last + 1).isNoun() || s.token(last + 1).pos().startsWith("JJ")
        || s.token(last + 1).pos().equals("POS") || s.token(last + 1).pos().equals("CD"))) {
      last++;
    }
    if (!s.token(last).isNoun() && !s.token(last).pos().equals("PRP")) return null;
    return new int[] {first, last};
  }

  /**
   * A source with prepositional modifiers: "A spokeswoman for Hillary Clinton", "The Commission on
   * Presidential Debates", "A Quinnipiac University poll released in late August". Extends the phrase
   * leftwards over "noun (participle) preposition phrase", twice at most; the speaker's head stays the
   * first noun phrase (see SpeakerResolver).
   */
  private static int[] withModifiers(Sentence s, int[] np) {
    for (int n = 0; np != null && n < 2 && np[0] >= 2; n++) {
      Token prep = s.token(np[0] - 1);
      if (!prep.pos().equals("IN") || prep.lower().equals("that") || SUBORDINATORS.contains(prep.lower())) break;
      int h = np[0] - 2;
      // "a poll released in August", "protesters marching through the streets"
      if ((s.token(h).pos().equals("VBN") || s.token(h).pos().equals("VBG")) && h >= 1 && s.token(h - 1).isNoun()) h--;
      if (s.token(h).pos().equals("CD") && prep.lower().equals("in")) {        // "four in 10 voters"
        int first = h;
        if (first > 0 && s.token(first - 1).pos().startsWith("RB")) first--;
        np = new int[] {first, np[1]};
        break;
      }
      if (!s.token(h).isNoun()) break;
      int[] head = nounPhraseEndingAt(s, h);
      if (head == null) break;
      np = new int[] {head[0], np[1]};
    }
    return np;
  }

  private static int skipBackward(Sentence s, int j) {
    while (j >= 0) {
      Token t = s.token(j);
      String w = t.lower();
      // "Mike Pence (R-IN) said": a short parenthesis after the name
      if (w.equals(")") || w.equals("-rrb-")) {
        int k = j - 1;
        while (k >= 0 && j - k <= 8 && !s.token(k).word().equals("(") && !s.token(k).lower().equals("-lrb-")) k--;
        if (k >= 0 && j - k <= 8) { j = k - 1; continue; }
        break;
      }
      if (t.pos().startsWith("RB") && !w.equals("not") && !w.equals("n't")) { j--; continue; }
      if (t.pos().equals("MD") || (t.isVerb() && AUXILIARY_LEMMAS.contains(t.lemma()))) { j--; continue; }
      if (TIME_WORDS.contains(w)) {
        j--;
        while (j >= 0 && TIME_LEADS.contains(s.token(j).lower())) j--;
        continue;
      }
      break;
    }
    return j;
  }

  /** "X, a doctor, said": j is the comma before the verb; the source is the phrase that names someone. */
  private static int[] apposition(Sentence s, int comma) {
    int[] aside = parentheticalAside(s, comma);
    if (aside != null) return aside;
    int k = comma - 1;
    int[] inner = nounPhraseEndingAt(s, k);
    if (inner == null || inner[0] < 2 || !s.token(inner[0] - 1).isPunct(",")) return null;
    int[] outer = nounPhraseEndingAt(s, inner[0] - 2);
    if (outer == null) return null;
    // "the mayor, Ann Lee, said": the name is the inner phrase; "Hugh Hill, a doctor, said": the outer.
    if (hasName(s, inner) && !hasName(s, outer)) return new int[] {inner[0], inner[1], outer[0]};
    return new int[] {outer[0], outer[1], outer[0]};
  }

  /**
   * "Trump, speaking to a veterans group, said" and "Mr. Obama, who understood it was fruitless, told":
   * a participle or relative clause between commas; the source is the noun phrase before it.
   */
  private static int[] parentheticalAside(Sentence s, int comma) {
    int open = comma - 1;
    while (open > 0 && comma - open <= 20 && !s.token(open).isPunct(",")) open--;
    if (open <= 0 || !s.token(open).isPunct(",") || open + 1 >= comma) return null;
    Token first = s.token(open + 1);
    boolean aside = first.pos().equals("VBG") || first.pos().equals("VBN") || first.pos().equals("WP")
        || first.pos().equals("WDT") && !first.lower().equals("that");
    if (!aside) return null;
    int[] np = withModifiers(s, nounPhraseEndingAt(s, open - 1));
    return np == null ? null : new int[] {np[0], np[1], np[0]};
  }

  /**
   * "“…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA,
   * said": several asides after the name. The source is the named person or body that opens the
   * phrase right after a quotation or a comma, with no verb of its own before the cue.
   */
  private static int[] namedBeforeAsides(Sentence s, int comma) {
    for (int i = comma - 1; i >= 0 && comma - i <= 30; i--) {
      Token t = s.token(i);
      boolean relative = i > 0 && (s.token(i - 1).pos().equals("WP") || s.token(i - 1).pos().equals("WDT"));
      if ((t.isFiniteVerb() || t.pos().equals("MD")) && !relative) return null;   // "who attended" is an aside
      // the phrase opens the sentence, or follows a quotation, a comma or "As" ("As X, a lawyer, put it")
      boolean opens = i == 0 || isClauseBreak(s.token(i - 1)) || s.token(i - 1).lower().equals("as");
      boolean startsPhrase = (t.isPerson() || t.isOrganization()) && opens
          && (i == 0 || !s.token(i - 1).isPerson() && !s.token(i - 1).isOrganization());
      if (!startsPhrase) continue;
      int last = i;
      while (last + 1 < comma && s.token(last + 1).ner().equals(t.ner())) last++;
      return new int[] {i, last, i};
    }
    return null;
  }

  private static boolean hasName(Sentence s, int[] np) {
    for (int i = np[0]; i <= np[1]; i++) {
      if (s.token(i).isPerson() || s.token(i).isOrganization()) return true;
    }
    return false;
  }

  /** A noun phrase that can be a source, ending at token {@code last}: {first, last} or null. */
  static int[] nounPhraseEndingAt(Sentence s, int last) {
    if (last < 0) return null;
    Token head = s.token(last);
    if (head.pos().equals("PRP")) {
      return SOURCE_PRONOUNS.contains(head.lower()) ? new int[] {last, last} : null;
    }
    // "Trump, who says ...": the relative pronoun stands for the name before it
    if ((head.lower().equals("who") || head.lower().equals("which")) && last > 1 && s.token(last - 1).isPunct(",")) {
      return new int[] {last, last};
    }
    // "Six in 10 say …", "About four in 10 voters say …": a share of people
    if (head.pos().equals("CD") && last >= 2 && s.token(last - 1).lower().equals("in")
        && s.token(last - 2).pos().equals("CD")) {
      int first = last - 2;
      if (first > 0 && s.token(first - 1).pos().startsWith("RB")) first--;
      return new int[] {first, last};
    }
    // "Some chanted …", "Many say …": a quantifier standing alone as the subject
    if (head.pos().equals("DT") && QUANTIFIERS.contains(head.lower())
        && (last == 0 || !s.token(last - 1).pos().startsWith("NN"))) {
      return new int[] {last, last};
    }
    if (!head.isNoun() || TIME_WORDS.contains(head.lower())) return null;
    int first = last;
    while (first > 0) {
      Token t = s.token(first - 1);
      String p = t.pos();
      boolean nominal = p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$")
          || p.equals("POS") || p.equals("CD") || p.equals("HYPH") || p.equals("VBN") && first - 1 > 0
          && s.token(first - 2).pos().startsWith("NNP");
      // "Secretary of State Marco Rubio", "Burton and Nick": small words between names.
      boolean joiner = first - 2 >= 0 && s.token(first - 2).isProperNoun()
          && (t.lower().equals("of") && s.token(first).isProperNoun() || t.lower().equals("and"));
      if (!nominal && !joiner) break;
      first--;
    }
    while (first < last && (s.token(first).pos().equals("POS") || s.token(first).lower().equals("and"))) {
      first++;
    }
    return new int[] {first, last};
  }

  /** A source after an inverted cue: "said Paul Martin", "insists Burton", "said a homeless man". */
  static int[] sourceAfter(Sentence s, int i) {
    if (i >= s.size()) return null;
    Token t = s.token(i);
    if (t.pos().equals("PRP")) return SOURCE_PRONOUNS.contains(t.lower()) ? new int[] {i, i} : null;
    int j = i;
    while (j < s.size()) {
      Token u = s.token(j);
      String p = u.pos();
      boolean nominal = p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$")
          || p.equals("CD") || p.equals("HYPH") || p.equals("POS");
      boolean joiner = u.lower().equals("and") && j + 1 < s.size() && s.token(j + 1).isProperNoun()
          && j > i && s.token(j - 1).isProperNoun();
      if (!nominal && !joiner) break;
      j++;
    }
    int last = j - 1;
    while (last >= i && !s.token(last).isNoun()) last--;
    return last >= i ? new int[] {i, last} : null;
  }

  // ---- what was said -------------------------------------------------------------------------

  /**
   * Where the reported content starts after a cue ending before token {@code k}: after "that" or a
   * colon, at a quotation, or at a clause that has a subject and a finite verb of its own, possibly
   * after a time phrase or an addressee ("advised reporters that"). -1 when no complement follows.
   */
  static int complementStart(Sentence s, int v, int k, boolean[] quoted, boolean modalCue) {
    k = skipTimeForward(s, k);
    if (k >= s.size()) return -1;
    Token t = s.token(k);
    // PolNeAR's content spans start at the complementizer: "said [that the talks ...]"
    if (t.lower().equals("that") && (hasFiniteVerb(s, k + 1, s.size()) || hasVerbOrQuote(s, k + 1, quoted))) return k;
    if (t.isPunct(":") || t.isPunct(",") && k + 1 < s.size() && quoted[k + 1]) {
      return k + 1 < s.size() - 1 ? k + 1 : -1;
    }
    if (quoted[k]) return k;
    // "asks at Western High School, “…”", "responded pointedly, with a smile: “…”"
    for (int i = k; i < s.size() - 1 && i - k <= 10; i++) {
      Token u = s.token(i);
      if (quoted[i] || isFiniteOrModal(u) || u.isPunct(";")) break;
      if ((u.isPunct(",") || u.isPunct(":")) && quoted[i + 1] && i > k) return i + 1;
    }
    // "as X put it, “…”"
    if (t.lower().equals("it") && k + 2 < s.size() && (s.token(k + 1).isPunct(",") || s.token(k + 1).isPunct(":"))
        && quoted[k + 2]) {
      return k + 2;
    }
    // addressee or thing, then "that": "told reporters that ...", "ruled out the likelihood that ..."
    int[] np = nounPhraseStartingAt(s, k);
    if (np != null) {
      int after = skipTimeForward(s, np[1] + 1);
      if (after < s.size()) {
        Token a = s.token(after);
        if (a.lower().equals("that") && hasFiniteVerb(s, after + 1, s.size())) {
          // "told a veterans group that": someone told; "ruled out the likelihood that": what was said
          boolean told = isAddressee(s, np) || CueLexicon.shared().reportsObject(s.token(v).lemma());
          return told ? after : k;
        }
        // "made the following comment: “…”", "told reporters: …"
        if (a.isPunct(":") && after + 1 < s.size()) return after + 1;
        if (quoted[after] && isAddressee(s, np)) return after;
      }
    }
    // a place, time or occasion, then "that": "said during a rally in Michigan that ...". Not a
    // relative clause ("within the months that followed") and not after a verb that seldom reports
    // ("met in Turkey amid fears that ...": the clause belongs to the noun)
    double share = CueLexicon.shared().share(s.token(v).lemma());
    if ((t.pos().equals("IN") || t.pos().equals("TO")) && !(share >= 0 && share < 0.2)) {
      for (int i = k + 1; i < s.size() && i - k <= 12; i++) {
        Token u = s.token(i);
        if (u.lower().equals("that")) {
          boolean relative = i + 1 < s.size() && (s.token(i + 1).isVerb() || s.token(i + 1).pos().equals("MD"));
          return !relative && hasFiniteVerb(s, i + 1, s.size()) ? i : -1;
        }
        if (isFiniteOrModal(u) || u.isPunct(";") || u.isPunct(":") || quoted[i]) break;
      }
    }
    // a bare clause: "stated the talks will ...", "stated he would ..."; inside a relative clause
    // ("the deal, which Hegseth poured cold water on, was signed") only an unbroken one
    if (modalCue) return -1;
    if (startsClause(s, k) && !(inRelativeClause(s, k) && commaBeforeVerb(s, k))) return k;
    return -1;
  }

  private static int skipTimeForward(Sentence s, int k) {
    int start = k;
    while (k < s.size()) {
      String w = s.token(k).lower();
      if (TIME_WORDS.contains(w)) { k++; continue; }
      if (TIME_LEADS.contains(w) && k + 1 < s.size() && TIME_WORDS.contains(s.token(k + 1).lower())) {
        k += 2;
        continue;
      }
      break;
    }
    return k - start > 3 ? start : k;
  }

  /**
   * A plain object that is what was said, for verbs that mostly report ({@link CueLexicon}): "cited
   * derogatory comments", "called for female contestants to wear", "wants to triple". The content
   * starts at the object (after "for", "on", "to" that belong to the verb); -1 when none.
   */
  static int reportedObject(Sentence s, int v, int k, boolean[] quoted) {
    if (k >= s.size() - 1) return -1;
    // Quoted words in the object are someone's words too: "called half of his supporters
    // “deplorables”", "blasted Clinton as a “disgrace”", whatever the verb. Not when the verb is
    // negated ("did not reply to a question about a “significant portion”").
    boolean quotedObject = quoteInClause(s, k, quoted) && !negated(s, v);
    if (!quotedObject && !CueLexicon.shared().reportsObject(s.token(v).lemma())) return -1;
    // "the deal, which Hegseth poured cold water on": in a relative clause the object is the antecedent
    int[] src = sourceBefore(s, v);
    if (src != null && src[0] > 0 && Set.of("WDT", "WP").contains(s.token(src[0] - 1).pos())) return -1;
    Token t = s.token(k);
    if (t.pos().equals("IN") && Set.of("for", "on", "to", "about").contains(t.lower()) && k + 1 < s.size()) {
      k++;
      t = s.token(k);
    }
    // "urged his supporters at a rally to go ...": what was urged starts at "to"
    for (int i = k + 1; i < s.size() - 1 && i - k <= 8; i++) {
      Token u = s.token(i);
      if (u.pos().equals("TO") && s.token(i + 1).pos().equals("VB")) return i;
      if (isFiniteOrModal(u) || u.isPunct(",") || quoted[i]) break;
    }
    String p = t.pos();
    boolean starts = quoted[k] || p.equals("DT") || p.equals("PRP$") || p.startsWith("NN") || p.startsWith("JJ")
        || p.equals("CD") || p.equals("PRP") && (quotedObject || !t.lower().equals("it")) || p.equals("TO") || p.equals("VBG")
        || p.equals("WP") || p.equals("WRB") || p.equals("IN") && Set.of("whether", "if", "how").contains(t.lower());
    return starts ? k : -1;
  }

  /**
   * For quoted words no reporting clause claimed: the nearest verb before them that has a source and
   * is neither negated nor modal; what was said runs from after that verb to the end of the
   * sentence. Null when there is none (a scare quote in the narrator's own sentence).
   */
  static Attribution quotedWordsOfSubject(Sentence s, QuoteSpan q, List<QuoteSpan> quotes) {
    boolean[] quoted = quotedTokens(s, quotes);
    int qFirst = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).begin() >= q.open()) { qFirst = i; break; }
    }
    if (qFirst <= 0) return null;
    for (int v = qFirst - 1; v >= 0; v--) {
      if (quoted[v]) continue;
      Token t = s.token(v);
      if (isFiniteOrModal(t) && !isCueVerb(s, v)) return null;   // another clause's verb stands between
      if (!isCueVerb(s, v) || negated(s, v)) continue;
      int[] np = sourceBefore(s, v);
      if (np == null || hasModalBefore(s, np[1] + 1, v)) return null;
      int first = skipParticle(s, v + 1);
      if (first >= s.size()) return null;
      int end = trimEnd(s, s.token(first).begin(), s.end());
      return new Attribution(s.index(), np[0], np[1], v, v, s.token(first).begin(), end,
          Attribution.Form.SOURCE_CUE_CONTENT);
    }
    return null;
  }

  /** A quotation after k before the clause ends (a finite verb outside quotation marks, ";", ":"). */
  private static boolean quoteInClause(Sentence s, int k, boolean[] quoted) {
    for (int i = k; i < s.size(); i++) {
      if (quoted[i]) return true;
      Token t = s.token(i);
      if (isFiniteOrModal(t) || t.isPunct(";") || t.isPunct(":")) return false;
    }
    return false;
  }

  private static boolean negated(Sentence s, int v) {
    for (int i = Math.max(0, v - 3); i < v; i++) {
      String w = s.token(i).lower();
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.endsWith("n’t")) return true;
    }
    return false;
  }

  /** A verb with a source before it, or a participle after a comma: what the cue lexicon counts. */
  public static boolean hasSourceAndCueShape(Sentence s, int v) {
    if (isCueVerb(s, v)) return sourceBefore(s, v) != null;
    return v > 0 && s.token(v).pos().equals("VBG") && s.token(v - 1).isPunct(",");
  }

  /** The cue before k has a source that follows a relative pronoun ("which Hegseth poured"). */
  private static boolean inRelativeClause(Sentence s, int k) {
    for (int i = k - 1; i > 0; i--) {
      if (isCueVerb(s, i)) {
        int[] src = sourceBefore(s, i);
        return src != null && src[0] > 0 && Set.of("WDT", "WP").contains(s.token(src[0] - 1).pos());
      }
    }
    return false;
  }

  private static boolean commaBeforeVerb(Sentence s, int k) {
    for (int i = k; i < s.size(); i++) {
      if (isFiniteOrModal(s.token(i))) return false;
      if (s.token(i).isPunct(",")) return true;
    }
    return false;
  }

  /** Someone spoken to: a pronoun, a name, or a plural of people ("reporters", "journalists"). */
  private static boolean isAddressee(Sentence s, int[] np) {
    Token head = s.token(np[1]);
    if (head.pos().equals("PRP")) return Set.of("him", "her", "them", "us", "me", "you").contains(head.lower());
    if (head.isPerson() || head.isOrganization()) return true;
    return head.pos().equals("NNS") && np[1] - np[0] <= 1 && !s.token(np[0]).pos().equals("DT");
  }

  private static int[] nounPhraseStartingAt(Sentence s, int k) {
    Token t = s.token(k);
    if (t.pos().equals("PRP")) return new int[] {k, k};
    int j = k;
    while (j < s.size() && j - k < 5) {
      String p = s.token(j).pos();
      if (p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$") || p.equals("CD")) {
        j++;
      } else {
        break;
      }
    }
    int last = j - 1;
    if (last < k || !s.token(last).isNoun()) return null;
    return new int[] {k, last};
  }

  /**
   * A clause starts at k: a subject (pronoun, or a noun phrase of a few words) and then, soon, a
   * finite verb or modal. "the talks will", "his nation had", "the potential for ... would".
   */
  private static boolean startsClause(Sentence s, int k) {
    Token t = s.token(k);
    if (t.pos().equals("PRP")) {
      String w = t.lower();
      if (!Set.of("he", "she", "they", "we", "i", "it", "you").contains(w)) return false;
      int j = k + 1;
      while (j < s.size() && (isQuoteMark(s.token(j)) || s.token(j).pos().startsWith("RB"))) j++;
      return j < s.size() && isFiniteOrModal(s.token(j));
    }
    String p = t.pos();
    if (p.equals("EX")) return k + 1 < s.size() && isFiniteOrModal(s.token(k + 1));   // "says there was"
    // "says too much is made of it": an adverb before an adjective starts a subject too
    boolean npStart = p.equals("DT") || p.equals("PRP$") || p.startsWith("NNP") || p.equals("CD")
        || p.equals("CC") && Set.of("neither", "either", "both").contains(t.lower())
        || p.startsWith("JJ") || p.equals("NNS") || p.equals("NN")
        || p.startsWith("RB") && k + 1 < s.size() && s.token(k + 1).pos().startsWith("JJ");
    if (!npStart || t.lower().equals("that") || t.lower().equals("this") && k + 1 < s.size()
        && s.token(k + 1).isFiniteVerb()) {
      return false;
    }
    int budget = 16;
    for (int i = k + 1; i < s.size() && i - k <= budget; i++) {
      Token u = s.token(i);
      if (isFiniteOrModal(u)) {
        if (isAnotherReport(s, k, i)) return false;
        // the subject must have a noun before its verb
        for (int h = k; h < i; h++) if (s.token(h).isNoun()) return true;
        return false;
      }
      if (u.isPunct(";") || u.isPunct(":")) return false;
      if (u.pos().equals("VBG") && i == k + 1) return false;
    }
    return false;
  }

  /**
   * The verb at f is the cue of another report ("..., Zelenskyy stated", "... through which the
   * president stated", "... after the Fed chairman said"), whose source begins after a comma, a
   * relative pronoun or a preposition, not at k.
   */
  private static boolean isAnotherReport(Sentence s, int k, int f) {
    if (!isCueVerb(s, f)) return false;
    int[] np = sourceBefore(s, f);
    if (np == null || np[0] <= k) return false;
    String before = s.token(np[0] - 1).pos();
    return s.token(np[0] - 1).isPunct(",") || before.equals("WDT") || before.equals("WP") || before.equals("IN");
  }

  private static boolean isDash(Token t) {
    String w = t.word();
    return w.equals("\u2015") || w.equals("\u2014") || w.equals("\u2013") || w.equals("--");
  }

  private static boolean isQuoteMark(Token t) {
    String w = t.word();
    return w.equals("\u201C") || w.equals("\u201D") || w.equals("\"") || w.equals("``") || w.equals("''");
  }

  private static boolean isFiniteOrModal(Token t) { return t.isFiniteVerb() || t.pos().equals("MD"); }

  /** "insisted that Pyongyang “stop its escapades”": a subjunctive or a quotation after "that". */
  private static boolean hasVerbOrQuote(Sentence s, int from, boolean[] quoted) {
    for (int i = from; i < s.size() && i - from <= 6; i++) {
      if (s.token(i).isVerb() || quoted[i]) return true;
    }
    return false;
  }

  private static boolean hasFiniteVerb(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) if (isFiniteOrModal(s.token(i))) return true;
    return false;
  }

  /** After an inverted or final cue only a time, an addressee or a place may follow: no new clause. */
  private static boolean endsClause(Sentence s, int i) {
    for (int j = skipParticle(s, i); j < s.size(); j++) {
      Token t = s.token(j);
      // "“Go back,” Trump barked and a guard removed him": a new clause after "and"/"but"
      if (t.isPunct(",") || t.isPunct(";") || t.pos().equals("CC")) return true;
      if (isFiniteOrModal(t) || t.lower().equals("that") || t.isPunct(":")) return false;
    }
    return true;
  }

  /**
   * After an inverted source ("said Paul Martin") only an apposition or a relative clause may follow;
   * a verb of its own means the phrase was the subject of a new clause ("retired Gen. Kellogg, would").
   */
  private static boolean nothingFollowsSource(Sentence s, int i) {
    for (int j = i; j < s.size(); j++) {
      Token t = s.token(j);
      String p = t.pos();
      if (p.equals("WP") || p.equals("WDT") || t.lower().equals("that")) return true;
      if (isFiniteOrModal(t)) return false;
    }
    return true;
  }

  /** The quotation that opens right after {@code offset}, with only white space (or a line break) between. */
  private static QuoteSpan quoteStartingAfter(String text, int offset, List<QuoteSpan> quotes) {
    for (QuoteSpan q : quotes) {
      if (q.open() >= offset && text.substring(offset, q.open()).isBlank() && q.open() - offset <= 4) return q;
    }
    return null;
  }

  /** The quotation that closes right before {@code offset}, with only white space between. */
  private static QuoteSpan quoteEndingAt(String text, int offset, List<QuoteSpan> quotes) {
    for (QuoteSpan q : quotes) {
      if (q.close() >= offset) continue;
      String between = text.substring(q.close() + 1, Math.max(q.close() + 1, offset));
      if (between.isBlank() && between.indexOf('\n') < 0) return q;
    }
    return null;
  }

  private static boolean isClauseBreak(Token t) {
    return t.isPunct(",") || t.word().equals("\u201D") || t.word().equals("\"") || t.word().equals("''");
  }

  /**
   * The content before a comma or closing quotation mark that precedes the source ("X, Bruce stated"):
   * from the sentence start (or the end of an earlier reporting phrase) to that break.
   */
  private static Attribution contentBefore(Sentence s, int npFirst, int spkFirst, int spkLast, int v,
      boolean[] quoted) {
    int br = npFirst - 1;
    if (br < 1 || !isClauseBreak(s.token(br))) return null;
    int last = br - 1;
    if (s.token(br).isPunct(",") && br - 1 >= 0 && quoted[br - 1] && !quoted[br]) last = br - 1;
    // leading circumstance: "Asked about it, he said" has no content before the comma.
    int first = 0;
    if (SUBORDINATORS.contains(s.token(first).lower()) && !quoted[first]) return null;
    boolean anyQuoted = false;
    for (int i = first; i <= last; i++) anyQuoted |= quoted[i];
    if (!anyQuoted && !hasFiniteVerb(s, first, last + 1)) return null;
    if (last < first) return null;
    int start = s.token(first).begin();
    int end = s.token(last).end();
    return new Attribution(s.index(), spkFirst, spkLast, v, v, start, end, Attribution.Form.CONTENT_THEN_CUE);
  }

  /**
   * "But to prevent problems, he said, local officials should be vigilant": a source and cue set off by
   * commas inside the sentence; what was said is the sentence around them.
   */
  private static Attribution parenthetical(Sentence s, int phraseStart, int[] np, int v, boolean[] quoted) {
    if (!s.token(phraseStart - 1).isPunct(",") || quoted[phraseStart - 1]) return null;
    int comma = -1;
    for (int j = v + 1; j < s.size(); j++) {
      if (s.token(j).isPunct(",")) { comma = j; break; }
    }
    if (comma < 0 || comma + 1 >= s.size() || !hasFiniteVerb(s, comma + 1, s.size())) return null;
    return new Attribution(s.index(), np[0], np[1], v, v, s.begin(), s.end(), Attribution.Form.CONTENT_THEN_CUE);
  }

  /**
   * "The issue was first reported by The Washington Post": a passive reporting verb with its source
   * after "by"; what was reported is the subject before it. Only verbs that mostly report (the cue
   * lexicon) are read this way, so "was built by" or "was hit by" are not.
   */
  private static Attribution passiveBy(Sentence s, int v, boolean[] quoted) {
    Token t = s.token(v);
    if (!t.pos().equals("VBN") || v + 2 >= s.size() || !s.token(v + 1).lower().equals("by")) return null;
    if (!CueLexicon.shared().reportsObject(t.lemma())) return null;
    int aux = v - 1;
    while (aux >= 0 && s.token(aux).pos().startsWith("RB")) aux--;
    if (aux < 1 || !s.token(aux).lemma().equals("be")) return null;
    int[] src = sourceAfter(s, v + 2);
    if (src == null) return null;
    int first = 0;
    while (first < aux && s.token(first).pos().equals("CC")) first++;
    int last = aux - 1;
    while (last > first && (s.token(last).pos().equals("MD") || s.token(last).lemma().equals("have"))) last--;
    if (last < first) return null;
    return new Attribution(s.index(), src[0], src[1], v, v + 1, s.token(first).begin(), s.token(last).end(),
        Attribution.Form.CONTENT_THEN_CUE);
  }

  // ---- "according to X" ------------------------------------------------------------------------

  private static boolean isAccordingTo(Sentence s, int i) {
    return s.token(i).lower().equals("according") && i + 1 < s.size() && s.token(i + 1).lower().equals("to");
  }

  private static Attribution accordingTo(Sentence s, int i, boolean[] quoted) {
    int[] src = sourceAfter(s, i + 2);
    if (src == null) return null;
    int start;
    int end;
    if (i <= 1) {                       // "According to X, content."
      int k = src[1] + 1;
      while (k < s.size() && !s.token(k).isPunct(",")) k++;
      if (k + 1 >= s.size()) return null;
      start = s.token(k + 1).begin();
      end = s.end();
    } else {                            // "content, according to X."
      int last = i - 1;
      if (s.token(last).isPunct(",")) last--;
      if (last < 0 || !hasFiniteVerb(s, 0, last + 1)) return null;
      start = s.begin();
      end = s.token(last).end();
    }
    return new Attribution(s.index(), src[0], src[1], i, i + 1, start, end, Attribution.Form.ACCORDING_TO);
  }

  // ---- "..., saying that ..." ---------------------------------------------------------------------

  /**
   * Participle cues after a comma ("saying that", "adding:", "including: “…”"): their source is the
   * subject of the sentence, taken from a reporting clause found before them or from the first source
   * noun phrase of the sentence.
   */
  private static List<Attribution> participles(Sentence s, boolean[] quoted, List<Attribution> found) {
    List<Attribution> out = new ArrayList<>();
    for (int v = 1; v < s.size(); v++) {
      Token t = s.token(v);
      if (quoted[v] || !t.pos().equals("VBG")) continue;
      if (!s.token(v - 1).isPunct(",")) continue;
      int k = skipParticle(s, v + 1);
      int first = complementStart(s, v, k, quoted, false);
      if (first < 0) first = reportedObject(s, v, k, quoted);
      if (first < 0) continue;
      int[] src = subjectOf(s, v, found);
      out.add(new Attribution(s.index(), src == null ? -1 : src[0], src == null ? -1 : src[1], v, k - 1,
          s.token(first).begin(), s.end(), Attribution.Form.PARTICIPLE));
    }
    return out;
  }

  /** The source of the nearest reporting clause before v, else the sentence's first source phrase. */
  private static int[] subjectOf(Sentence s, int v, List<Attribution> found) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Attribution a = found.get(i);
      if (a.cueFirst() < v && a.hasSpeaker()) return new int[] {a.speakerFirst(), a.speakerLast()};
    }
    for (int j = 0; j < v; j++) {
      Token t = s.token(j);
      if (t.isFiniteVerb()) {
        int k = skipBackward(s, j - 1);
        return k >= 0 ? nounPhraseEndingAt(s, k) : null;
      }
    }
    return null;
  }

  // ---- tidying ---------------------------------------------------------------------------------

  /**
   * A clause's content ends where the next reporting phrase of the same sentence begins, so that
   * "X stated A, saying B" gives A and B, not A-and-B twice; content never includes its own cue. A
   * report nested inside the content ("X reports that Y said ...") does not cut it.
   */
  private static List<Attribution> trimOverlaps(Sentence s, List<Attribution> all) {
    all.sort((a, b) -> Integer.compare(a.contentStart(), b.contentStart()));
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : all) {
      int end = a.contentEnd();
      for (Attribution b : all) {
        // a report nested in the content ("The Post reports that her team said ...") stays inside it
        if (b == a || b.form() == Attribution.Form.SOURCE_CUE_CONTENT) continue;
        int cue = s.token(b.cueFirst()).begin();
        int source = b.hasSpeaker() ? s.token(b.speakerFirst()).begin() : cue;
        int phraseStart = source > a.contentStart() ? Math.min(source, cue) : cue;
        if (phraseStart > a.contentStart() && phraseStart < end) {
          end = phraseStart;
        }
      }
      end = trimEnd(s, a.contentStart(), contrastCut(s, a.contentStart(), end));
      if (end - a.contentStart() >= 2) out.add(a.withContent(a.contentStart(), end));
    }
    return out;
  }

  private static final Set<String> CONTRAST = Set.of("but", "though", "although", "while", "whereas");

  /**
   * "..., but still lost the election": the narrator's own clause after a comma and a contrasting
   * conjunction, or after a semicolon, is not part of what was reported. Quoted words are never cut.
   */
  private static int contrastCut(Sentence s, int start, int end) {
    for (int i = 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.begin() <= start || t.end() > end) continue;
      Token prev = s.token(i - 1);
      boolean cut = prev.isPunct(",") && CONTRAST.contains(t.lower()) || t.isPunct(";");
      if (cut && !insideQuote(s, i)) return prev.isPunct(",") ? prev.begin() : t.begin();
    }
    return end;
  }

  private static boolean insideQuote(Sentence s, int i) {
    int marks = 0;
    for (int j = 0; j < i; j++) if (isQuoteMark(s.token(j))) marks++;
    return marks % 2 == 1;
  }

  /** Drops a trailing comma, dash or full stop (but never a closing quotation mark). */
  private static int trimEnd(Sentence s, int start, int end) {
    for (int i = s.size() - 1; i >= 0; i--) {
      Token t = s.token(i);
      if (t.end() > end) continue;
      if (t.begin() < start) break;
      String w = t.word();
      if (w.equals(",") || w.equals(".") || w.equals("\u2014") || w.equals("--") || w.equals(";")
          || w.equals(":") || w.equals("-")) {
        end = t.begin();
        continue;
      }
      return t.end();
    }
    return end;
  }

  /** Which tokens of the sentence lie inside a quotation (the marks included). */
  static boolean[] quotedTokens(Sentence s, List<QuoteSpan> quotes) {
    boolean[] q = new boolean[s.size()];
    for (QuoteSpan span : quotes) {
      if (span.close() < s.begin() || span.open() >= s.end()) continue;
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        if (t.begin() >= span.open() && t.end() <= span.close() + 1) q[i] = true;
      }
    }
    return q;
  }
}
