package org.quotestance.quotes;

import static org.quotestance.quotes.TokenTests.*;

import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Where the source of a reporting clause is found: the noun phrase before a cue ("Kremlin spokesman
 * Dmitry Peskov stated"), through adverbs, auxiliaries, time phrases, parentheses and asides ("Hugh
 * Hill, a doctor, said"; "Trump, speaking to veterans, said"), with its prepositional modifiers ("A
 * spokeswoman for Hillary Clinton says"), or after an inverted cue ("said Paul Martin").
 */
final class SourcePhrases {

  private SourcePhrases() {}

  /** Quantifiers that can stand alone as a subject: "Some chanted", "Many say". */
  static final Set<String> QUANTIFIERS = Set.of("some", "many", "both", "all", "most", "several", "few");

  /** Words for one of a group that can stand alone as a subject: "Another said", "One wrote". */
  private static final Set<String> ONE_OF_THEM = Set.of("another", "one", "each", "neither");

  /** What may stand right before a clause's subject: nothing of a noun phrase ("no one", "the one" are not "one"). */
  private static boolean clauseOpener(Token t) {
    // ("…, while another says …": a subordinating conjunction opens a clause too)
    return t.isPunct(",") || t.isQuoteMark() || t.pos().equals("CC") || t.pos().equals("RB")
        || SUBORDINATORS.contains(t.lower());
  }

  /** Shares that stand alone for people ("a third say", "half said"), when the tagger does not read them as nouns. */
  private static final Set<String> SHARES = Set.of("half", "third", "quarter", "fifth", "majority", "minority");

  /** Pronouns that can be a source; "it" and "this" are left out (expletives, things). */
  static final Set<String> SOURCE_PRONOUNS = Set.of("he", "she", "they", "we", "i", "you");

  /** Pronouns that can only be a clause's subject ("he and Rubio promised"; not "you", which may be an object). */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "i", "we", "they");

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
      int[] compared = subjectBeforeComparison(s, j);
      if (compared != null) return compared;
      int[] appos = apposition(s, j);
      // "Clinton, during a meeting in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich., said": the pair
      // of phrases is a preposition's object inside an aside; the source is the name that opens the aside
      if (appos != null && appos[2] > 0 && Set.of("IN", "TO").contains(s.token(appos[2] - 1).pos())
          && !SUBORDINATORS.contains(s.token(appos[2] - 1).lower())) {
        int[] named = namedBeforeAsides(s, appos[2]);
        if (named != null) return named;
      }
      return appos != null ? appos : namedBeforeAsides(s, j);
    }
    // "Jason Sims — a teacher from Mount Pleasant — says": an aside between dashes
    if (isDash(s.token(j))) {
      int open = j - 1;
      while (open > 0 && j - open <= 15 && !isDash(s.token(open))) open--;
      if (open <= 0 || !isDash(s.token(open))) return null;
      int[] np = nounPhraseEndingAt(s, open - 1);
      return np == null ? null : new int[] {np[0], np[1], np[0]};
    }
    if (s.token(j).pos().equals("VBN") && j > 0 && s.token(j - 1).isNoun()) j--;   // "a poll released found"
    int[] np = withModifiers(s, nounPhraseEndingAt(s, j));
    // "a source close to him said": an object pronoun ends the modifier of the noun that speaks
    if (np == null && OBJECT_PRONOUNS.contains(s.token(j).lower())) {
      int[] modified = withModifiers(s, new int[] {j, j});
      if (modified[0] < j) np = modified;
    }
    // "… and last June stirred controversy": a time, not a source (but "A poll released in late August found")
    if (np != null && np[1] - np[0] <= 1 && isTime(s.token(np[1]))
        && (np[0] == np[1] || TIME_LEADS.contains(s.token(np[0]).lower()))) {
      return null;
    }
    if (np == null) {
      // "Those who attended said": a restrictive relative clause whose verb has no object
      if (j >= 2 && s.token(j).isVerb() && s.token(j - 1).lower().equals("who")
          && (s.token(j - 2).isNoun() || s.token(j - 2).lower().equals("those"))) {
        int[] head = s.token(j - 2).isNoun() ? nounPhraseEndingAt(s, j - 2) : new int[] {j - 2, j - 2};
        if (head != null && (head[0] == 0 || clauseOpener(s.token(head[0] - 1)))) return new int[] {head[0], j};
      }
      // "most of them said"
      int partStart = s.token(j).pos().equals("PRP") || s.token(j).pos().equals("DT") ? partitiveStart(s, j - 1) : -1;
      return partStart >= 0 ? new int[] {partStart, j} : null;
    }
    // "de Blasio said": a lower-case particle of the name, tagged as a preposition, is part of it
    while (np[0] > 0 && isNameParticle(s, np[0] - 1)) np = new int[] {np[0] - 1, np[1]};
    int[] pair = coordinatedWithNoun(s, np);
    if (pair != null) return pair;
    // (not "Clinton, a top aide said, “is very confident”": a source between commas inside its content)
    int[] named = v + 1 < s.size() && s.token(v + 1).isPunct(",") ? null : nameBeforeUnclosedApposition(s, np);
    if (named != null) return named;
    if (np[0] > 0) {
      Token before = s.token(np[0] - 1);
      // "At least half of voters say": "at" opens a quantity, not a place
      String head = s.token(np[0]).lower();
      if (before.lower().equals("at") && (head.equals("least") || head.equals("most"))) {
        return new int[] {np[0] - 1, np[1]};
      }
      // "more than 4 in 10 said", "fewer than half of voters say": a comparative opens the quantity
      if (before.lower().equals("than") && np[0] >= 2 && Set.of("JJR", "RBR").contains(s.token(np[0] - 2).pos())) {
        return new int[] {np[0] - 2, np[1]};
      }
      // "most of them said", "some of the same candidates have said": a part of a group
      int partStart = partitiveStart(s, np[0] - 1);
      if (partStart >= 0) return new int[] {partStart, np[1]};
      if (before.pos().equals("IN") || before.pos().equals("TO")) {
        // "through which the president stated", "As Politico reported", "after Bill Clinton claimed that"
        // (a subordinate clause's subject) are fine; "with Rubio stated" is not.
        if (!before.lower().equals("that") && !SUBORDINATORS.contains(before.lower())) {
          // "At the party convention Sen. Elizabeth Warren said": the phrase ran back from the name
          // into the preposition's object; the name (with its title) is the source
          for (int i = np[0] + 1; i <= np[1]; i++) {
            Token prev = s.token(i - 1);
            if (s.token(i).isProperNoun() && prev.pos().startsWith("NN") && !prev.isProperNoun()
                && hasName(s, new int[] {i, np[1]})) {
              return new int[] {i, np[1]};
            }
          }
          return null;
        }
      }
      if (before.pos().equals("POS")) return null;
    }
    int[] subject = subjectWithRelativeClause(s, np);
    return subject != null ? subject : np;
  }

  /**
   * "The judges who ruled that Texas could not implement their laws said …", "Those who support Trump say …":
   * the phrase before the verb closes a relative clause on the sentence's subject, so the source is that
   * subject with its clause (PolNeAR marks the whole phrase), not the clause's last noun. Null otherwise.
   */
  private static int[] subjectWithRelativeClause(Sentence s, int[] np) {
    // "Voters who backed Trump said they wanted change": a pronoun is a whole subject of its own clause
    if (np[0] == np[1] && s.token(np[0]).pos().equals("PRP")) return null;
    for (int r = np[0] - 1; r > 0; r--) {
      Token t = s.token(r);
      if (t.isPunct(",") || t.isPunct(";") || t.isPunct(":") || isDash(t)) return null;
      if (!isRelativePronoun(t)) continue;
      if (!hasFiniteVerb(s, r + 1, np[0])) return null;
      // ("Those who support Trump say": a lone word opening the sentence stands for the people too)
      int[] antecedent = r == 1 ? new int[] {0, 0} : nounPhraseEndingAt(s, r - 1);
      // ("Many of the local GOP leaders who'd rather … said": a part of the group opens the sentence)
      boolean opens = antecedent != null && (antecedent[0] == 0 || partitiveStart(s, antecedent[0] - 1) == 0);
      if (opens) return new int[] {0, np[1]};
      // ("Although there is no such overlap, a White House official who spoke anonymously said": the subject
      // opens the main clause after an introductory one)
      boolean afterIntroduction = antecedent != null && antecedent[0] >= 2 && s.token(antecedent[0] - 1).isPunct(",")
          && (SUBORDINATORS.contains(s.token(0).lower()) || !hasFiniteVerb(s, 0, antecedent[0] - 1));
      return afterIntroduction ? new int[] {antecedent[0], np[1]} : null;
    }
    return null;
  }

  /** Words that name a part of the group after "of": "most of them", "a majority of voters", "two of his aides". */
  private static final Set<String> PARTITIVES = Set.of("some", "most", "many", "all", "none", "few", "several",
      "both", "each", "either", "neither", "half", "majority", "majorities", "minority", "plurality", "rest", "lot",
      "lots", "dozens", "hundreds", "thousands", "millions", "percent", "%", "third", "thirds", "quarter", "fifth",
      "share", "one");

  /**
   * Where a part-of-a-group phrase starts when {@code of} is the "of" in "most of them" (with a determiner or
   * an adverb before the part: "a majority of", "almost half of"); -1 when it is not one.
   */
  private static int partitiveStart(Sentence s, int of) {
    if (of < 1 || !s.token(of).lower().equals("of")) return -1;
    Token part = s.token(of - 1);
    if (!PARTITIVES.contains(part.lower()) && !part.pos().equals("CD")) return -1;
    int start = of - 1;
    if (part.pos().equals("CD") && start > 0 && s.token(start - 1).isPunct(",")) return -1;   // "in 2015, of the voters"
    while (start > 0 && (s.token(start - 1).pos().equals("DT") || s.token(start - 1).pos().equals("RB")
        || s.token(start - 1).pos().equals("CD") || s.token(start - 1).pos().equals("JJ"))) {
      start--;
    }
    return start;
  }

  static int phraseStart(int[] np) { return np.length > 2 ? np[2] : np[0]; }

  /**
   * "“…,” the Florida senator and Republican presidential candidate said", "The senator and his wife said": two
   * noun phrases joined by "and" that together open the clause (at the sentence start or right after a quotation)
   * are one source. Not "He attacked the policy and critics said": a verb stands before the first.
   */
  private static int[] coordinatedWithNoun(Sentence s, int[] np) {
    if (np[0] < 2 || !s.token(np[0] - 1).lower().equals("and") || !s.token(np[0] - 2).isNoun()
        || s.token(np[1]).pos().equals("PRP")) {
      return null;
    }
    int[] left = nounPhraseEndingAt(s, np[0] - 2);
    if (left == null) return null;
    // a quotation closed by its own comma, "?" or "!" (not a scare quote's mark, "the “broken” campaign finance
    // system and he pledged"; not the comma of a list, "moderates, suburbanites and non-white voters backed")
    int mark = left[0] - 1;
    boolean afterQuotation = mark >= 1 && isQuoteMark(s.token(mark))
        && (s.token(mark - 1).isPunct(",") || s.token(mark - 1).isPunct("?") || s.token(mark - 1).isPunct("!"));
    // "…, teachers and union officials told POLITICO": after a comma that closes a clause of its own (a list has no
    // verb before its comma)
    boolean afterClause = mark >= 1 && s.token(mark).isPunct(",") && hasFiniteVerb(s, 0, mark) && closesSentence(s, np[1] + 1);
    return left[0] == 0 || afterQuotation || afterClause ? new int[] {left[0], np[1]} : null;
  }

  /**
   * From k: a verb that mostly reports and at most a short object or time ("told POLITICO.", "said Monday."), then
   * the sentence's end (not "… and non-white voters mostly backed Clinton.").
   */
  private static boolean closesSentence(Sentence s, int k) {
    while (k < s.size() && s.token(k).pos().startsWith("RB")) k++;
    if (k >= s.size() || !s.token(k).isVerb() || s.size() - k > 6
        || !CueLexicon.shared().mostlyReports(s.token(k).lemma())) {
      return false;
    }
    for (int i = k + 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.isVerb() || t.pos().equals("MD") || t.lower().equals("that") || t.isPunct(",")) return false;
    }
    return true;
  }

  /**
   * "The transcript of the debate – published by The Post – shows that ...": when no source phrase
   * stands right before a verb that is followed by "that" and a clause, the source is the sentence's
   * first noun phrase (its subject), provided no other verb comes between them. Verbs that the cue
   * lexicon has seen often and seldom as cues ("ensure that") are left out.
   */
  static int[] distantSourceOfThatClause(Sentence s, int v, boolean[] quoted) {
    int k = skipParticle(s, v + 1);
    if (k >= s.size() || !s.token(k).lower().equals("that") || !hasFiniteVerb(s, k + 1, s.size())) return null;
    if (CueLexicon.shared().seldomACue(s.token(v).lemma())) return null;
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
  static int[] withModifiers(Sentence s, int[] np) {
    for (int n = 0; np != null && n < 3 && np[0] >= 2; n++) {
      Token prep = s.token(np[0] - 1);
      if (!prep.pos().equals("IN") && !prep.pos().equals("TO") || prep.lower().equals("that")
          || SUBORDINATORS.contains(prep.lower())) {
        break;
      }
      int h = np[0] - 2;
      // "a poll released in August", "protesters marching through the streets", "a person familiar
      // with the planning", "sources close to her campaign"
      Token mod = s.token(h);
      // ("People briefed/VBD on the move said": a participle the tagger read as a past tense)
      boolean participle = mod.pos().equals("VBN") || mod.pos().equals("VBG") || mod.pos().equals("VBD");
      boolean adjective = (mod.pos().startsWith("JJ") || mod.pos().equals("RB")) && !isNegator(mod);
      if ((participle || adjective) && h >= 1 && s.token(h - 1).isNoun()) h--;
      if (s.token(h).pos().equals("CD") && prep.lower().equals("in")) {        // "four in 10 voters"
        np = shareFrom(s, h, np[1]);
        break;
      }
      if (!s.token(h).isNoun()) break;
      int[] head = nounPhraseEndingAt(s, h);
      if (head == null) break;
      np = new int[] {head[0], np[1]};
    }
    return np;
  }

  /** Words that open the narrator's next clause after a comma ("said Reince Priebus, though he added"). */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("though", "although", "but", "while", "and", "as", "because", "before", "after", "adding", "saying");

  /** A share of people from token first to last, with the adverb that qualifies it: "Nearly a third", "About four in 10". */
  private static int[] shareFrom(Sentence s, int first, int last) {
    if (first > 0 && s.token(first - 1).pos().startsWith("RB")) first--;
    return new int[] {first, last};
  }

  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");

  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each");

  static int skipBackward(Sentence s, int j) {
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
      if (t.pos().startsWith("RB")) { j--; continue; }   // "Carson did not mention": negators too
      // "have long/JJ complained": an adverb the tagger read as an adjective, between an auxiliary and its verb
      if (t.pos().startsWith("JJ") && j > 0 && j + 1 < s.size() && s.token(j + 1).isVerb()
          && s.token(j - 1).isVerb() && AUXILIARY_LEMMAS.contains(s.token(j - 1).lemma())) {
        j--;
        continue;
      }
      // "Trump and Sanders have both argued", "The two candidates each said": a quantifier floated off
      // the subject, between it (or its auxiliary) and the verb
      if (FLOATING_QUANTIFIERS.contains(w) && j > 0 && j + 1 < s.size() && s.token(j + 1).isVerb()) {
        Token before = s.token(j - 1);
        if (before.isNoun() || before.pos().equals("PRP") || before.isVerb() && AUXILIARY_LEMMAS.contains(before.lemma())) {
          j--;
          continue;
        }
      }
      // "A poll has, however, revealed": an adverb set off by commas
      if (w.equals(",")) {
        int open = adverbAsideOpening(s, j);
        if (open > 0) { j = open - 1; continue; }
        break;
      }
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
  static int[] apposition(Sentence s, int comma) {
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
  static int[] parentheticalAside(Sentence s, int comma) {
    int open = comma - 1;
    // a relative clause may run long: "Merkel, who has adopted one of the most open policies in Europe toward
    // asylum seekers fleeing war in the Middle East, warned"
    while (open > 0 && comma - open <= 30 && !s.token(open).isPunct(",")) open--;
    if (open <= 0 || !s.token(open).isPunct(",") || open + 1 >= comma) return null;
    Token first = s.token(open + 1);
    boolean aside = first.pos().equals("VBG") || first.pos().equals("VBN") || first.pos().equals("WP")
        || first.pos().equals("WDT") && !first.lower().equals("that");
    if (!aside || comma - open > 20 && !first.pos().startsWith("W")) return null;
    int[] np = withModifiers(s, nounPhraseEndingAt(s, open - 1));
    return np == null ? null : new int[] {np[0], np[1], np[0]};
  }

  /**
   * "“…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA,
   * said": several asides after the name. The source is the named person or body that opens the
   * phrase right after a quotation or a comma, with no verb of its own before the cue.
   */
  static int[] namedBeforeAsides(Sentence s, int comma) {
    for (int i = comma - 1; i >= 0 && comma - i <= 30; i--) {
      Token t = s.token(i);
      // ("who previously worked": adverbs may stand between the pronoun and its verb)
      int w = i - 1;
      while (w > 0 && s.token(w).pos().startsWith("RB")) w--;
      boolean relative = w >= 0 && w < i && (s.token(w).pos().equals("WP") || s.token(w).pos().equals("WDT"));
      // "at a consulting firm called/VBD Gavekal Dragonomics": a name given, not a verb of the sentence
      boolean naming = t.lower().equals("called") || t.lower().equals("named");
      if ((t.isFiniteVerb() || t.pos().equals("MD")) && !relative && !naming) return null;   // "who attended" is an aside
      // the phrase opens the sentence, or follows a quotation, a comma or "As" ("As X, a lawyer, put it")
      // titles before the name belong to the phrase: "Rep. Tom Cole of Oklahoma, an ally of ..., said"
      int start = titleStart(s, i);
      // "Republican presidential nominee Donald Trump, during …, referred to": a description before the name
      // (the name must end the phrase: not "Trump, the 2016 GOP presidential frontrunner, …")
      int lead = start;
      while (lead > 0 && isNominal(s.token(lead - 1))) lead--;
      int nameEnd = i;
      while (nameEnd + 1 < comma && s.token(nameEnd + 1).ner().equals(t.ner())) nameEnd++;
      boolean nameEndsPhrase = nameEnd + 1 < s.size() && s.token(nameEnd + 1).isPunct(",");
      if (lead < start && nameEndsPhrase && (lead == 0 || isClauseBreak(s.token(lead - 1)))) start = lead;
      // "when Mrs. Clinton, in response to …, accused": a subordinate clause's subject
      boolean opens = start == 0 || isClauseBreak(s.token(start - 1)) || s.token(start - 1).lower().equals("as")
          || SUBORDINATORS.contains(s.token(start - 1).lower())
          || start == 1 && s.token(0).pos().equals("CC");   // "But Tom Miller, at a consulting firm …, argues"
      // "Small, who attended the rally, said": a surname the tagger read as an adjective, named by "who"
      boolean namedByWho = i + 2 <= comma && s.token(i + 1).isPunct(",") && s.token(i + 2).lower().equals("who")
          && Character.isUpperCase(t.word().charAt(0)) && (t.isNoun() || t.pos().startsWith("JJ"));
      boolean startsPhrase = (t.isPerson() || t.isOrganization() || namedByWho) && opens
          && (i == 0 || !s.token(i - 1).isPerson() && !s.token(i - 1).isOrganization());
      if (!startsPhrase) continue;
      int last = i;
      while (last + 1 < comma && s.token(last + 1).ner().equals(t.ner()) && !t.ner().equals("O")) last++;
      return new int[] {i, last, start};
    }
    return null;
  }

  private static final Set<String> COMPARISONS = Set.of("like", "unlike");

  /** Words that bound a number before it: "at least 21,000", "at most 10", "more than 200". */
  private static final Set<String> BOUNDS = Set.of("least", "most", "than");

  /**
   * "Yet Democratic economists, like their Republican counterparts, say": a comparison set off by commas (ending at
   * comma {@code close}) after a subject that opens its clause; that subject is the source. Null otherwise.
   */
  private static int[] subjectBeforeComparison(Sentence s, int close) {
    int open = close - 1;
    while (open > 0 && close - open <= 10 && !s.token(open).isPunct(",") && !s.token(open).isVerb()) open--;
    if (open < 1 || !s.token(open).isPunct(",") || open + 1 >= close
        || !COMPARISONS.contains(s.token(open + 1).lower())) {
      return null;
    }
    int[] np = withModifiers(s, nounPhraseEndingAt(s, open - 1));
    if (np == null) return null;
    boolean opens = np[0] == 0 || isClauseBreak(s.token(np[0] - 1))
        || np[0] == 1 && (s.token(0).pos().equals("CC") || s.token(0).pos().startsWith("RB"));
    return opens ? np : null;
  }

  /**
   * "Sen. Kristen Gillibrand (D-NY), a supporter of Clinton's bid told …": an apposition whose closing comma is
   * missing. The source is the person named before it, when that name opens its clause; null otherwise.
   */
  private static int[] nameBeforeUnclosedApposition(Sentence s, int[] np) {
    if (np[0] < 2 || !s.token(np[0]).pos().equals("DT") || !s.token(np[0] - 1).isPunct(",")) return null;
    // the apposition's own head is a common noun ("a supporter of Clinton"), not a name
    int n = np[0] + 1;
    while (n < np[1] && !s.token(n + 1).pos().equals("IN")) n++;
    if (!s.token(n).isNoun() || s.token(n).isProperNoun()) return null;
    int k = np[0] - 2;
    if (s.token(k).word().equals(")") || s.token(k).pos().equals("-RRB-")) {   // "(D-NY)"
      int open = k - 1;
      while (open > 0 && k - open <= 6 && !s.token(open).pos().equals("-LRB-") && !s.token(open).word().equals("(")) open--;
      if (open <= 0 || k - open > 6) return null;
      k = open - 1;
    }
    if (!s.token(k).isPerson()) return null;
    int first = k;
    while (first > 0 && s.token(first - 1).isPerson()) first--;
    int start = titleStart(s, first);
    // the name opens its sentence, or follows a closing quotation mark (not "with hosts Joe Scarborough and Mika
    // Brzezinski, the Democratic candidate stated")
    boolean opens = start == 0 || isClauseBreak(s.token(start - 1)) && !s.token(start - 1).isPunct(",")
        || start == 1 && s.token(0).pos().equals("CC");
    return opens ? new int[] {first, k, start} : null;
  }

  private static boolean isNominal(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("POS") || p.equals("CD") || p.equals("HYPH");
  }

  /** Where capitalised title words before a name begin ("Former Arkansas Gov. Mike"): at most four. */
  private static int titleStart(Sentence s, int name) {
    int start = name;
    while (start > 0 && name - start < 4) {
      Token t = s.token(start - 1);
      boolean title = (t.pos().startsWith("NNP") || t.pos().equals("JJ")) && Character.isUpperCase(t.word().charAt(0))
          && !t.isPerson() && !t.isOrganization();
      if (!title) break;
      start--;
    }
    return start;
  }

  static boolean hasName(Sentence s, int[] np) {
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
    // "those who said …", "business supporters who share …": a restrictive "who" right after its noun
    // stands for it too (PolNeAR marks the pronoun); "that" and "which" more often name things
    if (head.lower().equals("who") && last > 0
        && (s.token(last - 1).isNoun() || s.token(last - 1).pos().equals("DT"))) {
      return new int[] {last, last};
    }
    // "Six in 10 say …", "About four in 10 voters say …": a share of people
    if (head.pos().equals("CD") && last >= 2 && s.token(last - 1).lower().equals("in")
        && s.token(last - 2).pos().equals("CD")) {
      return shareFrom(s, last - 2, last);
    }
    // "Nearly nine out of 10 say …"
    if (head.pos().equals("CD") && last >= 3 && s.token(last - 1).lower().equals("of")
        && s.token(last - 2).lower().equals("out") && s.token(last - 3).pos().equals("CD")) {
      return shareFrom(s, last - 3, last);
    }
    // "Nearly a third say …", "half say …": a share of the people just counted
    if (SHARES.contains(head.lower()) && !head.isNoun() && (last == 0 || clauseOpener(s.token(last - 1))
        || s.token(last - 1).pos().equals("DT"))) {
      return shareFrom(s, last > 0 && s.token(last - 1).pos().equals("DT") ? last - 1 : last, last);
    }
    // "majorities in all five say …", "the two said": a number standing for people already named
    if (head.pos().equals("CD") && last >= 1 && s.token(last - 1).pos().equals("DT")
        && (QUANTIFIERS.contains(s.token(last - 1).lower()) || s.token(last - 1).lower().equals("the"))) {
      return new int[] {last - 1, last};
    }
    // "Some chanted …", "Many say …": a quantifier standing alone as the subject
    // ("most/JJS said": the tagger reads "most" as a superlative, "Many/JJ", "Several/JJ", "Few/JJ" as adjectives)
    if ((head.pos().equals("DT") || head.pos().startsWith("JJ")) && QUANTIFIERS.contains(head.lower())
        && (last == 0 || !s.token(last - 1).pos().startsWith("NN"))) {
      return new int[] {last, last};
    }
    // "Another tweeted, “…”", "But one said …": one of the people just named, standing alone as the subject
    if (ONE_OF_THEM.contains(head.lower()) && (last == 0 || clauseOpener(s.token(last - 1)))) {
      return new int[] {last, last};
    }
    // "those surveyed say …", "those polled said …": the people a participle picks out
    if (head.pos().equals("VBN") && last >= 1 && s.token(last - 1).lower().equals("those")) {
      return new int[] {last - 1, last};
    }
    // "at least 21,000 said", "more than 200 signed": a bounded number stands for people (sourceBefore adds the "at"
    // or "more" that bounds it, as for "at least half of voters")
    boolean boundedNumber = head.pos().equals("CD") && last >= 1 && BOUNDS.contains(s.token(last - 1).lower());
    if (!head.isNoun() && !boundedNumber || TIME_WORDS.contains(head.lower())) return null;
    int first = last;
    while (first > 0) {
      Token t = s.token(first - 1);
      String p = t.pos();
      boolean nominal = p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$")
          || p.equals("POS") || p.equals("CD") || p.equals("HYPH") || p.equals("VBN") && first - 1 > 0
          && s.token(first - 2).pos().startsWith("NNP")
          // "the retired/VBN neurosurgeon told": a participle between a determiner and the noun modifies it
          || p.equals("VBN") && first - 1 > 0 && s.token(first - 2).pos().equals("DT") && s.token(first).isNoun();
      // "Secretary of State Marco Rubio", "Burton and Nick": small words between names.
      boolean joiner = first - 2 >= 0 && s.token(first - 2).isProperNoun()
          && (t.lower().equals("of") && s.token(first).isProperNoun() || t.lower().equals("and"));
      // "he and Rubio promised": a subject pronoun coordinated with a name
      if (t.lower().equals("and") && first - 2 >= 0 && s.token(first).isProperNoun()
          && SUBJECT_PRONOUNS.contains(s.token(first - 2).lower())) {
        first -= 2;
        break;
      }
      if (!nominal && !joiner) break;
      first--;
    }
    while (first < last && (s.token(first).pos().equals("POS") || s.token(first).lower().equals("and"))) {
      first++;
    }
    // ("least/RBS 21,000": the bound belongs to the number whatever its tag)
    if (boundedNumber && first == last && !s.token(last - 1).lower().equals("than")) first = last - 1;
    // "angered that party leaders ignored …": "that" before a plural noun is the complementizer, not its determiner
    if (first < last && (head.pos().equals("NNS") || head.pos().equals("NNPS"))
        && (s.token(first).lower().equals("that") || s.token(first).lower().equals("this"))) {
      first++;
    }
    return new int[] {first, last};
  }

  private static final Set<String> DEGREE_ADVERBS = Set.of("very", "most", "more", "less", "least");

  /** A source after an inverted cue: "said Paul Martin", "insists Burton", "said a homeless man". */
  static int[] sourceAfter(Sentence s, int i) {
    return sourceAfter(s, i, false);
  }

  /** The source phrase after "according to": as {@link #sourceAfter(Sentence, int)}, with adjectives modified. */
  static int[] sourceAfterAccordingTo(Sentence s, int i) {
    return sourceAfter(s, i, true);
  }

  private static int[] sourceAfter(Sentence s, int i, boolean modifiers) {
    if (i >= s.size()) return null;
    Token t = s.token(i);
    if (t.pos().equals("PRP")) return SOURCE_PRONOUNS.contains(t.lower()) ? new int[] {i, i} : null;
    // "“…,” tweeted another.": one of the people just named, standing alone
    if (ONE_OF_THEM.contains(t.lower()) && (i + 1 == s.size() || s.token(i + 1).isPunct(".")
        || s.token(i + 1).isPunct(","))) {
      return new int[] {i, i};
    }
    int j = i;
    while (j < s.size()) {
      Token u = s.token(j);
      String p = u.pos();
      boolean nominal = p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$")
          || p.equals("CD") || p.equals("HYPH") || p.equals("POS")
          // "said retired neurosurgeon Ben Carson": a participle modifying the noun after it
          || p.equals("VBN") && j + 1 < s.size() && s.token(j + 1).isNoun();
      // a hyphenated modifier, whatever its parts were tagged: "a just-released poll"
      boolean compound = j + 1 < s.size() && s.token(j + 1).pos().equals("HYPH")
          || j > i && s.token(j - 1).pos().equals("HYPH");
      // ("said Doyle and others": the others go with the name)
      boolean joiner = u.lower().equals("and") && j + 1 < s.size() && j > i && s.token(j - 1).isProperNoun()
          && (s.token(j + 1).isProperNoun() || s.token(j + 1).lower().equals("others"));
      // "said one of two witnesses", "said some of the protesters": a part of a group runs on to the group
      // (only after a verb that mostly reports: not "…, he promised, was one of his top priorities", "The museum,
      // Mr. Bush said, celebrated several of his heroes", "defended by some of its weakest countries")
      boolean partOf = u.lower().equals("of") && j > i && j + 1 < s.size() && partitiveStart(s, j) >= i
          && i > 0 && CueLexicon.shared().mostlyReports(s.token(i - 1).lemma());
      // after "according to", an adverb of degree before an adjective and two adjectives joined stay inside the
      // noun phrase ("the most recent data", "complete but unofficial returns"); after a verb "more" and "and"
      // begin other readings too often ("said the U.S. needed a more robust air campaign")
      boolean next = modifiers && j + 1 < s.size() && s.token(j + 1).pos().startsWith("JJ");
      boolean degree = next && (p.equals("RBS") || p.equals("RBR") || DEGREE_ADVERBS.contains(u.lower()));
      boolean adjectives = next && j > i && s.token(j - 1).pos().startsWith("JJ") && p.equals("CC");
      if (!nominal && !joiner && !compound && !partOf && !degree && !adjectives) break;
      j++;
    }
    int last = j - 1;
    while (last >= i && !s.token(last).isNoun()) last--;
    return last >= i ? new int[] {i, last} : null;
  }

  /** Tags of a participle phrase after a source and a comma ("said Murphy, using …"). */
  private static final Set<String> PARTICIPLE_TAGS = Set.of("VBN", "VBD", "VBG");

  /**
   * After an inverted source ("said Paul Martin") only an apposition or a relative clause may follow;
   * a verb of its own means the phrase was the subject of a new clause ("retired Gen. Kellogg, would").
   */
  static boolean nothingFollowsSource(Sentence s, int i) {
    for (int j = i; j < s.size(); j++) {
      Token t = s.token(j);
      String p = t.pos();
      if (p.equals("WP") || p.equals("WP$") || p.equals("WDT") || t.lower().equals("that")) return true;   // "said Ramos, whose book …"
      // "said Reince Priebus, though he added ...": a new clause of the narrator's after a comma
      if (t.isPunct(",") && j + 1 < s.size() && CLAUSE_OPENERS.contains(s.token(j + 1).lower())) return true;
      // "said retired neurosurgeon Ben Carson, asked about his claims": a participle phrase after a comma
      // ("said Murphy, using a term Rubio has used")
      if (t.isPunct(",") && j + 1 < s.size() && PARTICIPLE_TAGS.contains(s.token(j + 1).pos())) {
        return true;
      }
      // "said Mark Dubowitz, executive director of the FDD, a policy institute focused/VBD on …": a participle the
      // tagger read as a past tense, closing an apposition
      boolean reducedRelative = p.equals("VBD") && j > i && j + 1 < s.size() && s.token(j + 1).pos().equals("IN")
          && s.token(j - 1).isNoun() && !s.token(j - 1).isProperNoun();
      if (isFiniteOrModal(t) && !reducedRelative) return false;
    }
    return true;
  }
}
