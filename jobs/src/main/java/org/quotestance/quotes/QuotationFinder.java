package org.quotestance.quotes;

import static org.quotestance.quotes.TokenTests.isDash;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.nlp.Token;

/**
 * Where quotes are found: joins the quotation marks ({@link QuoteMarks}) with the reporting clauses
 * ({@link ReportingClauses}) and decides each attribution's kind. A clause whose content is one
 * quotation is direct (content = the quoted words); a clause with quoted words inside is partial
 * (content = the whole reported clause, as PolNeAR marks it); a clause without quotes is indirect.
 * Quotations no clause claims are speech when they read as speech (several words with a verb, or a
 * full sentence); speech inside a sentence whose subject is a person, an organisation or a pronoun is
 * that subject's, other speech continues the speaker before it in the paragraph; short fragments and
 * titles in quotation marks ("significant portion", "One Hundred Years of Solitude") are not speech.
 */
public final class QuotationFinder {

  private QuotationFinder() {}

  public static List<Quotation> find(TaggedText doc) {
    List<QuoteSpan> marks = QuoteMarks.find(doc.text());
    List<Attribution> clauses = ReportingClauses.find(doc, marks);
    List<Quotation> out = new ArrayList<>();
    boolean[] claimed = new boolean[marks.size()];
    Map<Integer, Integer> claimant = new HashMap<>();   // mark index -> index in out of its quotation
    for (Attribution a : clauses) {
      QuoteSpan whole = coveringQuote(marks, a, doc.text());
      if (whole != null) {
        // "Pollsters agree - Carl Bialik: “One of the biggest lessons …”": a speaker's label between the cue
        // and the quotation names who is quoted
        Attribution label = labelRightBefore(doc, whole);
        if (label != null && label.sentence() == a.sentence() && a.cueLast() < label.speakerFirst()) a = label;
        int m = marks.indexOf(whole);
        if (claimed[m]) {
          // two clauses claiming one quotation ("…,” he had stated. … Chatwal received"): the first
          // keeps it, unless only the second stands in the quotation's own sentence ("… interrupted
          // the candidate:" / "“They stole the country,” the man shouted")
          Integer held = claimant.get(m);   // null: claimed as part of a reported clause
          Sentence own = sentenceAt(doc, whole.start());
          if (held != null && own != null && own.index() == a.sentence()
              && out.get(held).clause().sentence() != a.sentence()) {
            out.set(held, new Quotation(Quotation.Kind.DIRECT, whole.start(), whole.end(), a, -1));
          }
          continue;
        }
        claimed[m] = true;
        claimant.put(m, out.size());
        out.add(new Quotation(Quotation.Kind.DIRECT, whole.start(), whole.end(), a, -1));
        continue;
      }
      QuoteSpan runningOn = quoteRunningOn(doc, marks, a);
      if (runningOn != null) a = a.withContent(a.contentStart(), runningOn.close() + 1);
      boolean partial = false;
      for (int i = 0; i < marks.size(); i++) {
        QuoteSpan q = marks.get(i);
        if (q.start() >= a.contentStart() && q.end() <= a.contentEnd() + 1) {
          claimed[i] = true;
          // a single quoted word is a scare quote or a label ("cuties"), not quoted speech
          partial |= isSpeech(doc, q) || words(doc.text(), q) >= 2 && !isTitle(doc.text(), q);
        }
      }
      out.add(new Quotation(partial ? Quotation.Kind.PARTIAL : Quotation.Kind.INDIRECT,
          a.contentStart(), endBeforeNextQuotation(doc.text(), marks, a.contentStart(), a.contentEnd()), a, -1));
    }
    out.sort(Comparator.comparingInt(Quotation::start));
    for (int i = 0; i < marks.size(); i++) {
      if (claimed[i]) continue;
      QuoteSpan q = marks.get(i);
      if (insideAny(out, q)) continue;
      Attribution around = clauseRightAfter(doc, q, marks);
      if (around == null) around = labelRightBefore(doc, q);
      if (around == null) around = signatureBelow(doc, q);
      if (around != null) {
        out.add(new Quotation(Quotation.Kind.DIRECT, q.start(), q.end(), around, -1));
        continue;
      }
      Sentence sentence = doc.sentenceAt(q.start());
      if (isSpeech(doc, q)) {
        // speech inside a sentence whose subject is someone ("Dr. Babar pondered who, without Ali, might
        // “testify for our innocence …”", "When Trump finally wrapped up — “I will fight for you!”"):
        // that subject's words, not a continuation of the speaker before
        Attribution own = sentence == null ? null : ReportingClauses.subjectOfSentence(sentence, q, marks);
        out.add(new Quotation(Quotation.Kind.DIRECT, q.start(), q.end(), own, -1));
        continue;
      }
      // quoted words in a sentence whose subject did something with them: "referring to the US as
      // the “Great Satan”", "Some chanted “USA! USA!”" are that subject's words
      Attribution a = sentence == null ? null : ReportingClauses.quotedWordsOfSubject(sentence, q, marks);
      // not a second report of a cue whose content is already found ("told ABC’s “Good Morning America”
      // that …": the quoted title is whom he told)
      if (a != null && cueReported(out, a)) a = null;
      if (a != null && !insideAny(out, q)) {
        boolean partial = words(doc.text(), q) >= 2 && !isTitle(doc.text(), q);
        out.add(new Quotation(partial ? Quotation.Kind.PARTIAL : Quotation.Kind.INDIRECT, a.contentStart(),
            a.contentEnd(), a, -1));
      } else if (a == null && !isTitle(doc.text(), q)) {
        Attribution subject = sentence == null ? null : ReportingClauses.subjectOfSentence(sentence, q, marks);
        // "“…,” the senator told ABC's “Good Morning America.”": a verb that already reports a quotation says
        // whom it was told, not more of what
        if (subject != null && cueReported(out, subject, true)) subject = null;
        out.add(subject != null
            ? new Quotation(words(doc.text(), q) >= 2 ? Quotation.Kind.PARTIAL : Quotation.Kind.INDIRECT, q.start(),
                q.end(), subject, -1)
            : new Quotation(Quotation.Kind.FRAGMENT, q.start(), q.end(), null, -1));
      }
    }
    out.sort(Comparator.comparingInt(Quotation::start));
    return linkContinuations(doc, withSpeakerLabels(doc, withoutSourcelessTwins(out)));
  }

  /**
   * "Cummings … said Clinton didn't appear concerned about …": "appear" reports the same words without a
   * source; of two reports with the same span the one without a source says nothing the other does not.
   */
  private static List<Quotation> withoutSourcelessTwins(List<Quotation> qs) {
    List<Quotation> out = new ArrayList<>(qs.size());
    for (Quotation q : qs) {
      boolean twin = false;
      if (q.clause() != null && !q.clause().hasSpeaker()) {
        for (Quotation o : qs) {
          twin |= o != q && o.start() == q.start() && o.end() == q.end() && o.clause() != null && o.clause().hasSpeaker();
        }
      }
      if (!twin) out.add(q);
    }
    return out;
  }

  /**
   * "… one of his largest audiences. ''Barack Obama is …": the sentence splitter leaves the next quotation's
   * opening mark at the end of the sentence before, and with it at the end of a content that runs to the
   * sentence's end; the content ends before that mark and the space in front of it.
   */
  static int endBeforeNextQuotation(String text, List<QuoteSpan> marks, int start, int end) {
    for (QuoteSpan q : marks) {
      if (q.open() > start && q.open() < end && q.start() >= end) {
        int cut = q.open();
        while (cut > start && QuoteMarks.isSpace(text.charAt(cut - 1))) cut--;
        return cut;
      }
    }
    return end;
  }

  private static boolean cueReported(List<Quotation> out, Attribution a) {
    return cueReported(out, a, false);
  }

  /** A quotation already found (a direct one, if {@code directOnly}) whose clause has the cue of {@code a}. */
  private static boolean cueReported(List<Quotation> out, Attribution a, boolean directOnly) {
    for (Quotation q : out) {
      Attribution c = q.clause();
      if (c != null && c.sentence() == a.sentence() && c.cueFirst() == a.cueFirst()
          && (!directOnly || q.kind() == Quotation.Kind.DIRECT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A reporting clause right after a quotation that no clause claimed, the quoted words closed by a
   * comma, "!" or "?": an inverted cue and its source ("“She is too far behind,” said an Iowa Democrat,
   * “and Iowa …”", "“…,” said Devine.", "“…?” asked Sen. Maria Cantwell of Washington, who …"), or a
   * source and a verb that PolNeAR train marks as a cue at least {@link CueLexicon#SELDOM_SHARE} of
   * the time (a table, not a list), whatever follows ("“…,” he said that night", "“…!” the presumptive
   * nominee, Donald Trump, tweeted"). The clause shapes of {@link ReportingClauses} miss these when the
   * quotation's second part or a time after the verb looks like more of the clause.
   */
  static Attribution clauseRightAfter(TaggedText doc, QuoteSpan q, List<QuoteSpan> marks) {
    Sentence s = sentenceAt(doc, q.end());
    // a title before a subject's own report ("On Fox News' “Sunday Morning Futures,” Issa said …")
    if (s == null || isTitle(doc.text(), q)) return null;
    int k = 0;
    while (k < s.size() && s.token(k).begin() <= q.end()) k++;
    while (k < s.size() && (s.token(k).isPunct(",") || s.token(k).isQuoteMark())) k++;
    if (k >= s.size() || s.token(k).begin() - q.end() > 4 || !breaksBeforeClause(doc.text(), q)) return null;
    Token t = s.token(k);
    // an inverted cue is finite or a participle the tagger took it for ("said/VBN Devine"), or a noun it
    // took it for ("reply Burton"); not "…,” making air quotes"
    boolean cue = t.isFiniteVerb() || t.pos().equals("VBN") || t.isNoun();
    int[] np;
    int v;
    if (Character.isLowerCase(t.word().charAt(0)) && cue) {
      v = k;
      np = invertedSource(s, k + 1);
    } else {
      // a subject and its verb may have a clause of their own: the quotation must read as speech
      if (!isSpeech(doc, q)) return null;
      v = k + 1;
      while (v < s.size() && v - k <= 20 && !s.token(v).isFiniteVerb() && !s.token(v).isQuoteMark()) v++;
      if (v >= s.size() || !s.token(v).isFiniteVerb()) return null;
      if (CueLexicon.shared().share(s.token(v).lemma()) < CueLexicon.SELDOM_SHARE) return null;
      np = subjectRightAfter(s, k, v);
    }
    return np == null ? null
        : new Attribution(s.index(), np[0], np[1], v, v, q.start(), q.end(), Attribution.Form.CONTENT_THEN_CUE);
  }

  /**
   * The source after an inverted cue, when no verb of its own follows it (then it is the subject of a new
   * clause: "“…,” says a new poll shows"); a name runs on past a part the tagger took for an adjective
   * ("John/NNP Devine/JJ").
   */
  private static int[] invertedSource(Sentence s, int i) {
    int[] np = SourcePhrases.sourceAfter(s, i);
    if (np == null) np = personAt(s, i);
    if (np == null) return null;
    while (np[1] + 1 < s.size() && s.token(np[1]).isPerson() && s.token(np[1] + 1).isPerson()) np[1]++;
    int j = np[1] + 1;
    if (j < s.size() && (s.token(j).isFiniteVerb() && !reducedRelative(s, j) || s.token(j).pos().equals("MD"))) {
      return null;
    }
    return np;
  }

  /** "said a senior official briefed/VBD on the talks": a participle the tagger read as a past tense, a preposition after it. */
  private static boolean reducedRelative(Sentence s, int v) {
    String lemma = s.token(v).lemma();
    return TokenTests.pastTenseAfterCommonNoun(s, v) && v + 1 < s.size() && s.token(v + 1).pos().equals("IN")
        && !lemma.equals("have") && !lemma.equals("be");
  }

  /**
   * The subject of verb {@code v} when it fills all of tokens {@code k..v-1} (a pronoun, a name, a noun
   * phrase with its apposition), else null: "the media considered him a “fringe candidate,” making …"
   * is not a clause after the quotation.
   */
  private static int[] subjectRightAfter(Sentence s, int k, int v) {
    Token t = s.token(k);
    if (t.pos().equals("PRP")) {
      // "it" too, right after quoted words: "“…,” it reads" (an email, a letter, a report)
      boolean source = SourcePhrases.SOURCE_PRONOUNS.contains(t.lower()) || t.lower().equals("it");
      return v == k + 1 && source ? new int[] {k, k} : null;
    }
    int[] np = SourcePhrases.sourceBefore(s, v);
    if (np != null && SourcePhrases.phraseStart(np) == k) return new int[] {np[0], np[1]};
    // "“…,” super/RB PAC spokeswoman Kellyanne Conway said": a lower-case modifier the tagger read as an adverb
    if (np != null && SourcePhrases.phraseStart(np) == k + 1 && (t.pos().startsWith("RB") || t.pos().startsWith("JJ"))
        && Character.isLowerCase(t.word().charAt(0)) && !TokenTests.isNegator(t)) {
      return new int[] {k, np[1]};
    }
    // "Devine/JJ added": a name the tagger did not read as a noun
    np = personAt(s, k);
    return np != null && np[1] == v - 1 ? np : null;
  }

  /**
   * A comma, "!" or "?" closes the quoted words before a clause that reports them ("“…,” he said",
   * "“…?” he asked"), inside the marks or right after them; not a period, which ends the sentence
   * ("“… no place in a campaign.” Ohio Gov. John Kasich said he …"), nor nothing, where the quotation
   * is a modifier ("a “state.gov” e-mail address").
   */
  private static boolean breaksBeforeClause(String text, QuoteSpan q) {
    int i = q.end() - 1;
    while (i > q.start() && QuoteMarks.isSpace(text.charAt(i))) i--;
    if (i >= q.start() && ",!?".indexOf(text.charAt(i)) >= 0) return true;
    int j = Math.max(q.close() + 1, q.end());
    while (j < text.length() && (QuoteMarks.isSpace(text.charAt(j)) || "\"\u201D\u2019'".indexOf(text.charAt(j)) >= 0)) j++;
    return j < text.length() && text.charAt(j) == ',';
  }

  /**
   * A quotation that ends its paragraph, signed in the next one by a dash and a source ("“… pay zero
   * taxes.” ¶ - Sanders.", "¶ -President Obama, tweeting after Clinton's speech."), as fact checks and
   * notebooks quote. A byline under narration ("¶ - Amber Phillips.") signs no quotation.
   */
  static Attribution signatureBelow(TaggedText doc, QuoteSpan q) {
    String text = doc.text();
    int i = q.close() + 1;
    while (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
    if (i >= text.length() || text.charAt(i) != '\n') return null;
    Sentence own = sentenceAt(doc, q.end());
    Sentence next = own == null ? null : doc.sentenceAt(i + 1);
    for (int j = i; next == null && j < text.length() && QuoteMarks.isSpace(text.charAt(j)); j++) {
      next = doc.sentenceAt(j + 1);
    }
    if (next == null || next.paragraph() != own.paragraph() + 1 || next.size() < 2) return null;
    Token dash = next.token(0);
    if (!(isDash(dash) || dash.word().equals("-"))) return null;
    int[] np = SourcePhrases.sourceAfter(next, 1);
    if (np == null) np = personAt(next, 1);
    if (np == null || !next.token(np[0]).isProperNoun() && !next.token(np[0]).isPerson()) return null;
    return new Attribution(next.index(), np[0], np[1], 0, 0, q.start(), q.end(), Attribution.Form.CONTENT_THEN_CUE);
  }

  /** A hyphen typed for a dash, with a space before it ("were there all along -More from …"). */
  private static boolean spacedHyphen(Sentence s, int i) {
    return s.token(i).word().equals("-") && (i == 0 || s.token(i).begin() > s.token(i - 1).end());
  }

  /** A name the tagger gave another part of speech but the name finder saw ("said Devine/JJ"). */
  private static int[] personAt(Sentence s, int i) {
    int last = i;
    while (last < s.size() && s.token(last).isPerson()) last++;
    return last > i ? new int[] {i, last - 1} : null;
  }

  private static boolean opensQuote(Token t, List<QuoteSpan> marks) {
    if (!t.isQuoteMark()) return false;
    for (QuoteSpan m : marks) if (m.open() == t.begin()) return true;
    return false;
  }

  /**
   * A source named as a label inside a paragraph, right before a colon that opens an unclaimed quotation:
   * "Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are …”", "From the report: “In
   * general …”". The noun phrase must stand alone (opening its sentence or after a dash, perhaps after
   * "from"): after a verb or a preposition it is an object ("… doesn't surprise Republican pollster Daron
   * Shaw:", "suggested Curiel was from Mexico:").
   */
  static Attribution labelRightBefore(TaggedText doc, QuoteSpan q) {
    Sentence s = sentenceAt(doc, q.open());
    if (s == null) return null;
    int k = 0;
    while (k < s.size() && s.token(k).end() <= q.open()) k++;   // first token at the opening mark
    int colon = k - 1;
    if (colon < 1 || !s.token(colon).isPunct(":") || q.open() - s.token(colon).end() > 2) return null;
    int last = colon - 1;
    // "Sen. Tim Kaine (D-Va.):": a party and state in brackets after the name
    if (s.token(last).pos().equals("-RRB-")) {
      int open = last - 1;
      while (open > 0 && last - open <= 8 && !s.token(open).pos().equals("-LRB-")) open--;
      if (open < 1 || !s.token(open).pos().equals("-LRB-")) return null;
      last = open - 1;
    }
    if (!s.token(last).isNoun()) return null;
    int first = last;
    while (first > 0) {
      Token u = s.token(first - 1);
      String p = u.pos();
      // ("Former secretary of state Hillary Rodham Clinton:")
      boolean nominal = p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("POS")
          || p.equals("PRP$") || p.equals("CD") || u.isPunct(".")
          || u.lower().equals("and") && first >= 2 && s.token(first - 2).isProperNoun()
          || u.lower().equals("of") && first >= 2 && s.token(first - 2).isNoun();
      if (!nominal) break;
      first--;
    }
    // "From the report:", "-More from Blumenthal and Cohen:" stand alone; "suggested Curiel was from Mexico:" does not
    int before = first - 1;
    while (before >= 0 && (s.token(before).lower().equals("from") || s.token(before).lower().equals("more"))) before--;
    boolean alone = before < 0 || isDash(s.token(before)) || spacedHyphen(s, before);
    return alone ? new Attribution(s.index(), first, last, colon, colon, q.start(), q.end(),
        Attribution.Form.SPEAKER_LABEL) : null;
  }

  /**
   * Transcript paragraphs under a speaker's label replace what was found across them (often one
   * quotation spanning the whole transcript). Reports with a source of their own inside one speaker's
   * answer stay besides the answer: "A: … I just saw that new Rubio ad …" is the answer's, and PolNeAR
   * marks the report inside it with its own source.
   */
  private static List<Quotation> withSpeakerLabels(TaggedText doc, List<Quotation> found) {
    List<Quotation> labelled = SpeakerLabels.find(doc);
    if (labelled.isEmpty()) return found;
    List<Quotation> out = new ArrayList<>(labelled);
    for (Quotation q : found) {
      boolean covered = false;
      for (Quotation l : labelled) {
        boolean overlaps = q.start() < l.end() && q.end() > l.start();
        covered |= overlaps && !reportInside(doc, q, l);
      }
      if (!covered) out.add(q);
    }
    out.sort(Comparator.comparingInt(Quotation::start));
    return out;
  }

  /**
   * A report found inside one labelled paragraph, with a source of its own and shorter than the
   * paragraph: not a quotation that stands for the whole answer. A headline's label ("Cruz: Trump
   * Would Put …") is not an answer: what is found in its words is the label's.
   */
  private static boolean reportInside(TaggedText doc, Quotation q, Quotation labelled) {
    Attribution label = labelled.clause();
    if (label == null || doc.sentences().get(label.sentence()).paragraph() == 0) return false;
    boolean inside = q.start() >= labelled.start() && q.end() <= labelled.end() + 1;
    boolean shorter = q.end() - q.start() < 0.8 * (labelled.end() - labelled.start());
    return inside && shorter && q.clause() != null && q.clause().hasSpeaker();
  }

  /**
   * "Trump told Fox that “they hit Matt because …. What they are doing is …”": a quotation opened at the
   * start of a report whose content runs to the end of its sentence, and closed sentences later, is the rest of
   * that report (PolNeAR marks one mixed content through the closing mark), not a quotation of its own
   * left to look for a speaker elsewhere.
   */
  private static QuoteSpan quoteRunningOn(TaggedText doc, List<QuoteSpan> marks, Attribution a) {
    Sentence s = doc.sentences().get(a.sentence());
    if (letters(doc.text(), a.contentEnd(), s.end()) > 0) return null;
    for (QuoteSpan q : marks) {
      // opened at the content's start, after at most a complementizer: "told Fox that “…" (not a quotation
      // that closes the content of "said, in reference to her child, “Next summer …": its own sentence split)
      boolean opensContent = q.open() >= a.contentStart() && letters(doc.text(), a.contentStart(), q.open()) <= "that".length();
      // (nor one with a clause of its own after it: "… approached her “and said, … you do,’” Broaddrick said")
      if (opensContent && q.start() < a.contentEnd() && q.end() > s.end()) {
        return clauseRightAfter(doc, q, marks) == null ? q : null;
      }
    }
    return null;
  }

  /** The quotation that makes up the clause's content (or holds it, when the quote runs over sentences). */
  private static QuoteSpan coveringQuote(List<QuoteSpan> marks, Attribution a, String text) {
    for (QuoteSpan q : marks) {
      int from = Math.max(q.start(), a.contentStart());
      int to = Math.min(q.end(), a.contentEnd());
      if (to <= from) continue;
      // "saying that “I don't know …”" counts "that" as outside: PolNeAR marks such a clause as mixed,
      // its content starting at the complementizer
      int outside = letters(text, a.contentStart(), a.contentEnd()) - letters(text, from, to);
      if (outside <= 2) return q;
    }
    return null;
  }

  private static int letters(String text, int from, int to) {
    int n = 0;
    for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) n++;
    }
    return n;
  }

  private static boolean insideAny(List<Quotation> qs, QuoteSpan q) {
    for (Quotation x : qs) if (q.start() >= x.start() && q.end() <= x.end() + 1) return true;
    return false;
  }

  /** Speech reads as a clause: at least four words and a verb, or a sentence ending inside the marks. */
  static boolean isSpeech(TaggedText doc, QuoteSpan q) {
    String text = doc.text();
    if (isTitle(text, q)) return false;
    int words = 0;
    boolean verb = false;
    for (Sentence s : doc.sentences()) {
      if (s.end() <= q.start() || s.begin() >= q.end()) continue;
      for (Token t : s.tokens()) {
        if (t.begin() < q.start() || t.end() > q.end()) continue;
        if (Character.isLetterOrDigit(t.word().charAt(0))) words++;
        verb |= t.isVerb() || t.pos().equals("MD");
      }
    }
    return words >= 4 && verb || words >= 3 && verb && endsSentence(text, q) || words >= 3 && standsAlone(doc, q);
  }

  /** "“Safety for the whole country, everybody.”": a quotation that is a sentence of its own, verb or not. */
  private static boolean standsAlone(TaggedText doc, QuoteSpan q) {
    Sentence s = doc.sentenceAt(q.start());
    return s != null && s.begin() >= q.open() && s.end() <= q.close() + 1 && endsSentence(doc.text(), q)
        && Character.isUpperCase(doc.text().charAt(q.start()));
  }

  private static int words(String text, QuoteSpan q) {
    String inner = text.substring(q.start(), q.end()).trim();
    return inner.isEmpty() ? 0 : inner.split("\\s+").length;
  }

  private static boolean endsSentence(String text, QuoteSpan q) {
    int i = q.end() - 1;
    while (i > q.start() && QuoteMarks.isSpace(text.charAt(i))) i--;
    return i >= q.start() && ".!?,".indexOf(text.charAt(i)) >= 0;
  }

  /** Every word capitalised and no sentence punctuation: a title or a name, not speech. */
  static boolean isTitle(String text, QuoteSpan q) {
    String inner = text.substring(q.start(), q.end()).trim();
    // the comma American style puts inside the marks belongs to the sentence: “Scandal,” is a title
    if (inner.endsWith(",")) inner = inner.substring(0, inner.length() - 1).trim();
    if (inner.isEmpty()) return true;
    if (".!?,".indexOf(inner.charAt(inner.length() - 1)) >= 0) return false;
    int capital = 0;
    int lower = 0;
    for (String w : inner.split("\\s+")) {
      if (w.isEmpty()) continue;
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c) || c == '(') capital++;
      else if (!isMinorWord(w)) lower++;
    }
    return lower == 0 && capital > 0;
  }

  static boolean isMinorWord(String w) {
    return switch (w) {
      case "of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "with", "at", "by" -> true;
      default -> false;
    };
  }

  /**
   * A quotation with no clause of its own takes the speaker of the quotation just before it in the
   * same paragraph ("“…,” Lavrov stated. “They mentioned …”"), else of the next one in the paragraph,
   * else of the last direct or partial quotation of the previous paragraph, else of the nearest
   * attributed one in the two paragraphs before. When the quotation found lies inside another's
   * report, or its source does, the continuation takes that reporter.
   */
  private static List<Quotation> linkContinuations(TaggedText doc, List<Quotation> qs) {
    List<Quotation> out = new ArrayList<>(qs);
    for (int i = 0; i < out.size(); i++) {
      Quotation q = out.get(i);
      if (q.clause() != null || q.kind() == Quotation.Kind.FRAGMENT) continue;
      int para = paragraphOf(doc, q.start());
      int from = -1;
      for (int j = i - 1; j >= 0 && from < 0; j--) {
        Quotation p = out.get(j);
        if (p.kind() == Quotation.Kind.FRAGMENT || relativeReport(doc, p) || sourceless(p)) continue;   // nobody's words to continue
        int pp = paragraphOf(doc, p.start());
        if (pp == para || pp == para - 1 && p.kind() != Quotation.Kind.INDIRECT && startsParagraph(doc, q)) {
          from = j;
        }
        if (pp < para - 1) break;
      }
      for (int j = i + 1; j < out.size() && from < 0; j++) {
        Quotation n = out.get(j);
        if (paragraphOf(doc, n.start()) != para) break;
        if (n.clause() != null) from = j;
      }
      // a quotation alone in its paragraph: the nearest attributed one in the two paragraphs before, not
      // one reported inside another's words ("saying [the Sanders campaign was conflating …]")
      for (int j = i - 1; j >= 0 && from < 0; j--) {
        Quotation p = out.get(j);
        if (paragraphOf(doc, p.start()) < para - 2) break;
        if (p.clause() != null && !insideAnother(out, j) && !relativeReport(doc, p) && !sourceless(p)) from = j;
      }
      if (from >= 0) {
        int outer = container(doc, out, from);
        out.set(i, new Quotation(q.kind(), q.start(), q.end(), null, outer >= 0 ? outer : from));
      }
    }
    return out;
  }

  /**
   * The quotation with a clause whose content holds quotation {@code j}, or holds the source of its
   * clause (the largest, when several do), or -1: words quoted inside someone's report ("Susan said her
   * friends have mocked Trump, calling him “an orange buffoon”") are that reporter's account, and a
   * quotation that continues them continues the reporter.
   */
  private static int container(TaggedText doc, List<Quotation> qs, int j) {
    Quotation p = qs.get(j);
    int source = -1;
    if (p.clause() != null && p.clause().hasSpeaker()) {
      source = doc.sentences().get(p.clause().sentence()).token(p.clause().speakerFirst()).begin();
    }
    int best = -1;
    for (int k = 0; k < qs.size(); k++) {
      Quotation o = qs.get(k);
      if (k == j || o.clause() == null || !o.clause().hasSpeaker()) continue;
      boolean holds = holds(o, p);
      boolean holdsSource = source >= o.start() && source < o.end();
      if ((holds || holdsSource) && (best < 0 || o.end() - o.start() > qs.get(best).end() - qs.get(best).start())) {
        best = k;
      }
    }
    return best;
  }

  /**
   * "Mr. Rubio said in front of a crowd of 1,000 people who packed a high school cafeteria", "said one
   * Republican, who spoke on the condition of anonymity": a relative clause whose verb does not mostly report
   * describes someone; the quotation after it goes on with the sentence's speaker. One that reports ("said
   * Aguilar, who also said that …") is a speaker's to continue.
   */
  private static boolean relativeReport(TaggedText doc, Quotation p) {
    Attribution a = p.clause();
    if (a == null || !a.hasSpeaker() || a.speakerFirst() != a.speakerLast()) return false;
    Sentence s = doc.sentences().get(a.sentence());
    return TokenTests.isRelativePronoun(s.token(a.speakerFirst()))
        && !CueLexicon.shared().mostlyReports(s.token(a.cueFirst()).lemma());   // "who spoke on …": share 0.24
  }

  /**
   * "“…,” Lopez-Cantera said when asked about the Florida Standards. “…”": a report without a source
   * and without quoted words (here the question put to the speaker) is no one's words to go on with.
   */
  private static boolean sourceless(Quotation p) {
    return p.kind() == Quotation.Kind.INDIRECT && p.clause() != null && !p.clause().hasSpeaker();
  }

  private static boolean insideAnother(List<Quotation> qs, int j) {
    for (int k = 0; k < qs.size(); k++) {
      if (k != j && qs.get(k).clause() != null && holds(qs.get(k), qs.get(j))) return true;
    }
    return false;
  }

  /** o's span holds p's and is longer. */
  private static boolean holds(Quotation o, Quotation p) {
    return o.start() <= p.start() && p.end() <= o.end() && (o.start() < p.start() || p.end() < o.end());
  }

  /** The sentence holding {@code offset}, or the quotation mark just before it; null if none. */
  private static Sentence sentenceAt(TaggedText doc, int offset) {
    Sentence s = doc.sentenceAt(offset);
    return s != null ? s : doc.sentenceAt(offset - 1);
  }

  private static boolean startsParagraph(TaggedText doc, Quotation q) {
    Sentence s = sentenceAt(doc, q.start());
    if (s == null) return false;
    for (Sentence t : doc.sentences()) {
      if (t.paragraph() == s.paragraph()) return t.index() == s.index() && q.start() - s.begin() <= 1;
    }
    return false;
  }

  static int paragraphOf(TaggedText doc, int offset) {
    int para = 0;
    for (Sentence s : doc.sentences()) {
      if (s.begin() > offset) break;
      para = s.paragraph();
    }
    return para;
  }
}
