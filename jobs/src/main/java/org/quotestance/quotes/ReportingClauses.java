package org.quotestance.quotes;

import static org.quotestance.quotes.SourcePhrases.*;
import static org.quotestance.quotes.TokenTests.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.PersonNouns;

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

  /** All reporting clauses in the article, in text order. */
  public static List<Attribution> find(TaggedText doc, List<QuoteSpan> quotes) {
    List<Attribution> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Attribution a : inSentence(doc.text(), s, quotes)) {
        if (a.hasSpeaker() && sourceOnlyImplied(s, a)) a = impliedSource(s, a);
        // one question read twice ("Asked whether …, 75 percent said yes"): the shorter reading stays
        int twin = speakerlessTwin(found, a);
        if (twin >= 0) {
          if (a.contentEnd() < found.get(twin).contentEnd()) found.set(twin, a);
          continue;
        }
        found.add(withRelativePronoun(s, a));
      }
    }
    return found;
  }

  /** The index of a found attribution without a source whose content starts where a's does, or -1. */
  private static int speakerlessTwin(List<Attribution> found, Attribution a) {
    if (a.hasSpeaker()) return -1;
    for (int i = 0; i < found.size(); i++) {
      if (!found.get(i).hasSpeaker() && found.get(i).contentStart() == a.contentStart()) return i;
    }
    return -1;
  }

  /**
   * The report without its source; what seemed is part of what is reported, so after a raising verb
   * the content starts at the subject: "[voters] appear [to be moving behind Trump]" is one content
   * in two pieces, as PolNeAR marks it, and a row's span runs from the first piece to the last.
   */
  private static Attribution impliedSource(Sentence s, Attribution a) {
    boolean raising = RAISING.contains(s.token(a.cueFirst()).lemma().toLowerCase(Locale.ROOT));
    int start = raising && a.speakerFirst() < a.cueFirst() ? s.token(a.speakerFirst()).begin() : a.contentStart();
    // "Asked [whether …]": the question is what was asked; "Asked" is its cue
    if (!raising && s.token(0).begin() == start && s.size() > 1) start = s.token(1).begin();
    return a.withContent(start, a.contentEnd()).withSpeaker(-1, -1);
  }

  /**
   * "his victories in Florida, [which he describes as his second home]": a report in a relative clause
   * whose gap is what was said; PolNeAR's content starts at the relative pronoun, which stands for it.
   */
  private static Attribution withRelativePronoun(Sentence s, Attribution a) {
    if (!a.hasSpeaker() || a.speakerFirst() < 2 || a.contentStart() < s.token(a.cueFirst()).end()) return a;
    Token rel = s.token(a.speakerFirst() - 1);
    // "that" after a noun is as often the noun's own clause ("the news that the State Department deemed …");
    // after a preposition the pronoun is a place or means, not what was said ("the waterway through which …")
    boolean prepositional = a.speakerFirst() >= 2 && (s.token(a.speakerFirst() - 2).pos().equals("IN")
        || s.token(a.speakerFirst() - 2).pos().equals("TO"));
    return NAMING_RELATIVES.contains(rel.lower()) && !prepositional ? a.withContent(rel.begin(), a.contentEnd()) : a;
  }

  /** One-word answers that are all that was said: "said yes", "said so". */
  private static final Set<String> ANSWERS = Set.of("yes", "no", "so");

  /** Relative pronouns that stand for what was said: "which", "what", "who(m) he dubbed …". */
  private static final Set<String> NAMING_RELATIVES = Set.of("which", "what", "who", "whom");

  /**
   * "his victories in Florida, which he describes as his second home", "what it calls “sensible gun
   * laws”", "Putin, whom he views as something of a peer": a verb that reports its object, in a relative
   * clause whose gap is that object, with what it is called after it. The content runs from the relative
   * pronoun to the end of that phrase (PolNeAR's two pieces, the pronoun and the name given). Only
   * where no clause follows the verb: "which he said was …" is an ordinary report.
   */
  private static Attribution namingInRelative(Sentence s, int v, boolean[] quoted) {
    Token verb = s.token(v);
    // (the tagger reads a past tense right after the relative clause's subject as a participle: "which
    // Apple's chief executive called/VBN ''total political crap''"; the pronoun before the subject is checked below)
    if (!verb.isFiniteVerb() && !verb.pos().equals("VBN") || v < 2 || quoted[v] || !relativePronounBefore(s, v)) return null;
    if (!CueLexicon.shared().reportsObject(verb.lemma()) && CueLexicon.shared().share(verb.lemma()) < CueLexicon.MIN_SHARE) {
      return null;
    }
    int[] np = sourceBefore(s, v);
    if (np == null && s.token(v - 1).pos().equals("PRP")) np = new int[] {v - 1, v - 1};   // "what it calls"
    // the pronoun opens the whole subject, apposition included: "which Apple's chief executive, Tim Cook, called"
    int phrase = np == null ? -1 : phraseStart(np);
    if (phrase < 1 || !NAMING_RELATIVES.contains(s.token(phrase - 1).lower())) return null;
    // a participle after an auxiliary is one ("what we've learned"): only right after the subject is it a misread past
    if (!verb.isFiniteVerb()) {
      int k = v - 1;
      while (k > phrase && s.token(k).isPunct(",")) k--;
      if (!s.token(k).isNoun()) return null;
    }
    int c = skipParticle(s, v + 1);
    if (c < s.size() && s.token(c).lower().equals("as")) c++;
    if (c >= s.size() || !quoted[c] && complementStart(s, v, skipParticle(s, v + 1), quoted, false) >= 0) return null;
    int end = c;
    if (quoted[c]) {
      while (end + 1 < s.size() && quoted[end + 1]) end++;
    } else {
      while (end + 1 < s.size() && !isClauseBreak(s.token(end + 1)) && !s.token(end + 1).isPunct(".")
          && !s.token(end + 1).isPunct(";") && !s.token(end + 1).isPunct(":") && !isFiniteOrModal(s.token(end + 1))
          && !isRelativePronoun(s.token(end + 1))) {
        end++;
      }
    }
    Token last = s.token(end);
    if (!(quoted[c] || last.isNoun() || last.pos().startsWith("JJ"))) return null;
    return new Attribution(s.index(), np[0], np[1], v, v, s.token(phrase - 1).begin(), last.end(),
        Attribution.Form.SOURCE_CUE_CONTENT);
  }

  /** A naming relative pronoun among the few words before v: the cheap test before the phrase is read. */
  private static boolean relativePronounBefore(Sentence s, int v) {
    for (int i = v - 1; i >= 0 && v - i <= 12; i--) if (NAMING_RELATIVES.contains(s.token(i).lower())) return true;
    return false;
  }

  /** Verbs whose subject is what seems, not who says: "the team appeared paralyzed". */
  private static final Set<String> RAISING = Set.of("appear", "seem");

  /**
   * A report whose source PolNeAR leaves implicit although a noun phrase stands where a source would:
   * "voters appear to be moving behind Trump" and "the team seemed paralyzed" (the writer's
   * impression; but "she appeared to imply that …" is hers, the verb after "to" reports), and the
   * question in "Asked whether …, 75 percent said yes" (whoever asked). In PolNeAR train, "appear" and
   * "seem" cues have no source 194 times and one 56 times, mostly when another reporting verb follows.
   */
  static boolean sourceOnlyImplied(Sentence s, Attribution a) {
    Token cue = s.token(a.cueFirst());
    if (RAISING.contains(cue.lemma().toLowerCase(Locale.ROOT))) {
      int k = a.cueFirst() + 1;
      while (k < s.size() && s.token(k).pos().startsWith("RB")) k++;
      // only what follows the verb: ", telling reporters “…”" after it has its own source
      if (k >= s.size() || s.token(k).begin() != a.contentStart()) return false;
      if (k + 1 < s.size() && s.token(k).lower().equals("to")) {
        // "appeared to imply", "seemed to acknowledge": hers after all; "appear to be moving": nobody's
        String next = s.token(k + 1).lemma();
        return CueLexicon.shared().share(next) < CueLexicon.MIN_SHARE;
      }
      return k < s.size() && s.token(k).pos().startsWith("JJ");
    }
    // the question before "…, X said": it begins with a bare "Asked" and is not X's
    Token first = s.token(0);
    return a.form() == Attribution.Form.CONTENT_THEN_CUE && first.begin() == a.contentStart()
        && first.lower().equals("asked") && first.pos().equals("VBN");
  }

  static List<Attribution> inSentence(String text, Sentence s, List<QuoteSpan> quotes) {
    boolean[] quoted = quotedTokens(s, quotes);
    List<Attribution> out = new ArrayList<>();
    for (int v = 0; v < s.size(); v++) {
      if (quoted[v]) continue;
      Token t = s.token(v);
      Attribution poll = pollFinding(s, v, quoted);
      if (poll != null) {
        out.add(poll);
        continue;
      }
      if (isAccordingTo(s, v)) {
        Attribution a = accordingTo(s, v, quoted);
        if (a != null) { out.add(a); v += 1; }
        continue;
      }
      Attribution naming = namingInRelative(s, v, quoted);
      if (naming != null) {
        out.add(naming);
        continue;
      }
      Attribution noun = possessedReportNoun(s, v, quoted);
      if (noun != null) {
        // the noun is the nearer cue: "Republicans distanced themselves from his suggestion that …" is his
        out.removeIf(a -> a.contentStart() == noun.contentStart());
        out.add(noun);
        continue;
      }
      Attribution passive = askedQuestion(s, v, quoted);
      if (passive == null) passive = passiveBy(s, v, quoted);
      List<Attribution> raised = passive == null ? passiveRaising(s, v, quoted) : List.of();
      if (!raised.isEmpty()) {
        out.addAll(raised);
        continue;
      }
      if (passive == null) passive = raisingReport(s, v, quoted, out);
      if (passive == null) passive = adjectiveReport(s, v, quoted);
      if (passive == null) passive = adjectiveInfinitiveReport(s, v, quoted);
      if (passive != null) {
        out.add(passive);
        continue;
      }
      // the source of a cue verb: right before it, else by the fallbacks from the nearest reading to the widest
      int[] np = null;
      if (isCueVerb(s, v) && !insideLaterSource(s, v, quoted)) {
        np = sourceBefore(s, v);
        if (np == null) np = distantSourceOfThatClause(s, v, quoted);
        if (np == null) np = coordinatedSubject(s, v, quoted);
        if (np == null) np = subjectAcrossModifiers(s, v, quoted);
        if (np == null) np = itAsSource(s, v, quoted);
      }
      // "The contrast with Trump, said Doyle and others, would be clear": an inverted source and cue between the
      // subject and its verb; what was said is the sentence around them
      Attribution inverted = np != null ? invertedParenthetical(s, v, quoted) : null;
      if (inverted != null) {
        out.add(inverted);
        continue;
      }
      // "Cruz lacks support from his colleagues, whom he's alienated, said Larry Sabato, director of …": a
      // named person after the cue and nothing of a clause after him is the source; the phrase before the
      // comma only looked like one
      if (np != null && personAfterCommaCue(s, v, quoted)) np = null;
      if (np != null) {
        int afterCue = skipParticle(s, v + 1);
        // a modal cue reports nothing yet ("he would say that"), unless quoted words stand right
        // before its source: "“…,” he will say."
        // a coordinated subject's own modal stands right before the verb ("but would not say"), not in
        // the first predicate's content ("said he would offer a prayer but did not suggest …")
        int modalFrom = np.length > 2 ? Math.max(np[1] + 1, v - 3) : np[1] + 1;
        boolean modal = hasModalBefore(s, modalFrom, v) && !quoteRightBefore(s, phraseStart(np), quoted);
        int contentFirst = complementStart(s, v, afterCue, quoted, modal);
        if (contentFirst < 0 && !modal) contentFirst = mainClauseAfterAs(s, np, v, afterCue, quoted);
        // "Clinton's email use, which an FBI investigation said [was “extremely careless”]": in a relative
        // clause the reported clause's subject is the gap, so it starts at its verb
        if (contentFirst < 0 && !modal && phraseStart(np) > 0 && s.token(phraseStart(np) - 1).lower().equals("which")
            && afterCue < s.size() && isFiniteOrModal(s.token(afterCue))) {
          contentFirst = afterCue;
        }
        if (contentFirst >= 0 && !modal && subjectBeforeQuotedPredicate(s, np, afterCue, contentFirst, quoted)) {
          out.add(new Attribution(s.index(), np[0], np[1], v, afterCue - 1, s.begin(), s.end(),
              Attribution.Form.CONTENT_THEN_CUE));
          continue;
        }
        if (contentFirst >= 0) {
          out.add(new Attribution(s.index(), np[0], np[1], v, afterCue - 1,
              s.token(contentFirst).begin(), s.end(), Attribution.Form.SOURCE_CUE_CONTENT));
          // "“Hello,” he said, “how are you?”": the quotation before the source is his too.
          int ps = phraseStart(np);
          if (quoteRightBefore(s, ps, quoted)) {
            Attribution before = contentBefore(s, ps, np[0], np[1], v, quoted);
            if (before != null) out.add(before);
          }
          continue;
        }
        // "46 percent of voters said yes", "after half said so": a one-word answer is what was said
        if (!modal && afterCue < s.size() && ANSWERS.contains(s.token(afterCue).lower())
            && CueLexicon.shared().mostlyReports(t.lemma()) && (afterCue + 1 >= s.size()
            || isClauseBreak(s.token(afterCue + 1)) || s.token(afterCue + 1).isPunct(".")
            || s.token(afterCue + 1).pos().equals("IN") || s.token(afterCue + 1).pos().equals("CC"))) {
          out.add(new Attribution(s.index(), np[0], np[1], v, afterCue - 1, s.token(afterCue).begin(),
              s.token(afterCue).end(), Attribution.Form.SOURCE_CUE_CONTENT));
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
        // "Klein will discuss a Benghazi connection": PolNeAR marks announced reports too, but a modal
        // verb's object is more often an act ("will alienate moderates"), so only verbs that report
        // at least half the time are read so
        int objectFirst = modal && !CueLexicon.shared().mostlyReports(t.lemma()) ? -1 : reportedObject(s, v, afterCue, quoted);
        Attribution before = null;
        // "…, Obama won.": a verb PolNeAR train seldom marks as a cue does not report the clause
        // before it (quoted words before it still are someone's words)
        // (a relative pronoun's clause has its antecedent before it, not its content: "Pompeo, who has seen …")
        // ("The senator said, the media considered him …": what stands before is a report of its own)
        boolean cueBefore = phraseStart(np) >= 2 && s.token(phraseStart(np) - 1).isPunct(",")
            && !quoted[phraseStart(np) - 2] && isCueVerb(s, phraseStart(np) - 2)
            && CueLexicon.shared().mostlyReports(s.token(phraseStart(np) - 2).lemma());
        if (phraseStart(np) > 0 && endsClause(s, v + 1) && !modal && !isRelativePronoun(s.token(np[0])) && !cueBefore
            && (quoteRightBefore(s, phraseStart(np), quoted) || !CueLexicon.shared().seldomACue(t.lemma()))) {
          before = parenthetical(s, phraseStart(np), np, v, quoted);
          if (before == null) before = contentBefore(s, phraseStart(np), np[0], np[1], v, quoted);
        }
        // "“… alright?” he urged them, as he explained …": a sentence the tagger split after the quotation's
        // own "?" or "!", going on in lower case; the quotation is what was urged, not "them"
        QuoteSpan splitQuote = before == null && phraseStart(np) == 0 && endsClause(s, v + 1) && !modal
            && Character.isLowerCase(s.token(0).word().charAt(0)) ? quoteEndingAt(text, s.begin(), quotes) : null;
        QuoteSpan toAddressee = objectFirst >= 0 ? quoteToAddressee(text, s, np, v, objectFirst, modal, quotes) : null;
        // "“We need it NOW!” Trump said on Twitter.", "“…?” Smith said last week.": the tagger split the sentence after
        // the quotation's own "!" or "?", so the source opens a sentence of its own; a verb that mostly reports then
        // reports that quotation, not the place, medium or addressee after it
        QuoteSpan quoteBefore = objectFirst >= 0 && phraseStart(np) == 0 && endsClause(s, v + 1) && !modal
            && CueLexicon.shared().mostlyReports(t.lemma()) ? splitOffQuote(text, s.begin(), quotes) : null;
        if (splitQuote != null && CueLexicon.shared().share(t.lemma()) >= CueLexicon.SELDOM_SHARE) {
          out.add(new Attribution(s.index(), np[0], np[1], v, v, splitQuote.start(), splitQuote.end(),
              Attribution.Form.CONTENT_THEN_CUE));
        } else if (before != null) {
          out.add(before);
        } else if (quoteBefore != null && toAddressee == null) {
          out.add(new Attribution(s.index(), np[0], np[1], v, v, quoteBefore.start(), quoteBefore.end(),
              Attribution.Form.CONTENT_THEN_CUE));
        } else if (toAddressee != null) {
          // "“Why are you still endorsing him?” Obama asked Republican politicians.": whom he asked, not what
          out.add(new Attribution(s.index(), np[0], np[1], v, v, toAddressee.start(), toAddressee.end(),
              Attribution.Form.CONTENT_THEN_CUE));
        } else if (objectFirst >= 0) {
          out.add(new Attribution(s.index(), np[0], np[1], v, objectFirst - 1 > v ? objectFirst - 1 : v,
              s.token(objectFirst).begin(), s.end(), Attribution.Form.SOURCE_CUE_CONTENT));
        } else if (phraseStart(np) == 0 && endsClause(s, v + 1) && !modal) {
          // "“Where are the carrots?” he asked." split after the question mark: the quote just before.
          // Not "“…” Chatwal received a fine." or "“…” His campaign manager, Alex Conant, struck a similar tune.": a
          // verb with an object of its own must be one whose plain object PolNeAR train marks as what was said
          QuoteSpan q = quoteEndingAt(text, s.begin(), quotes);
          if (q != null && (!objectFollows(s, afterCue) || CueLexicon.shared().reportsObject(t.lemma()))) {
            out.add(new Attribution(s.index(), np[0], np[1], v, v, q.start(), q.end(),
                Attribution.Form.CONTENT_THEN_CUE));
          }
        }
        continue;
      }
      // "“...,” said Paul Martin, a detective" / "..., insists Burton." The tagger often reads a verb
      // right after a closing mark as a noun ("“…” reply Burton"), so any lower-case word may be the cue.
      boolean afterQuote = v > 0 && quoted[v - 1] || v > 1 && s.token(v - 1).isPunct(",") && quoted[v - 2];
      // (not a present participle: "“…,” referencing the large number of …" goes on with the speaker's sentence)
      boolean cueLike = t.isFiniteVerb()
          || afterQuote && (t.isVerb() || t.isNoun()) && !t.pos().equals("VBG") && Character.isLowerCase(t.word().charAt(0));
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
      // (also "Said Comey, “…”", and after a fronted phrase: "In other words, explained CBS moderator Nancy Cordes: “…”")
      boolean fronted = v > 0 && s.token(v - 1).isPunct(",") && !quoted[v - 1] && Character.isLowerCase(t.word().charAt(0))
          && !hasFiniteVerb(s, 0, v - 1) && !quotedBetween(quoted, 0, v);
      // ("Said/NNP Comey": the tagger takes a capitalised verb opening the sentence for a name)
      boolean misreadVerb = v == 0 && t.isProperNoun() && CueLexicon.shared().reportingVerbForm(t.word());
      boolean reports = misreadVerb || t.isVerb() && CueLexicon.shared().mostlyReports(t.lemma());
      if ((v == 0 || fronted && reports) && (t.isVerb() || misreadVerb) && s.size() > v + 3) {
        int[] after = sourceAfter(s, v + 1);
        // a colon before the quotation, or a comma when the verb is one that mostly reports
        boolean mark = after != null && after[1] + 2 < s.size() && (s.token(after[1] + 1).isPunct(":")
            || s.token(after[1] + 1).isPunct(",") && reports);
        if (mark && quoted[after[1] + 2]) {
          out.add(new Attribution(s.index(), after[0], after[1], v, v, s.token(after[1] + 2).begin(), s.end(),
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
      // a noun right after a closing mark is a cue the tagger misread only when the quoted words end as
      // speech before a clause does ("“…,” reply Burton"); not "wants “smarter and tougher” trade deals",
      // "head off “more radical” protest suggestions", where the quotation modifies the noun
      boolean misreadCue = v > 0 && (t.isVerb() || !s.token(v - 1).isQuoteMark() || v >= 2 && endsSpeech(s.token(v - 2)));
      // (never "be", "have" or "do": "The taco bowl incident, trivial though it was, is one example" has no source)
      boolean auxiliary = AUXILIARY_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT));
      if (cueLike && misreadCue && !auxiliary && isClauseBreak(s.token(v - 1)) && !titleBefore(text, s, v, quotes)) {
        int[] after = sourceAfter(s, v + 1);
        if (after != null && nothingFollowsSource(s, after[1] + 1)) {
          Attribution a = contentBefore(s, v, after[0], after[1], v, quoted);
          if (a != null) out.add(a);
        }
      }
    }
    out.addAll(participles(s, quoted, out));
    out.addAll(prepositionalObjects(s, quoted, out));
    return trimOverlaps(s, out);
  }

  /**
   * A cue after a comma followed by a person (a name, or a noun for people) with at most an apposition or a
   * relative clause after it: "…, said Larry Sabato, director of …", "…, said an American official who …".
   * A verb that often has a plain object ("told Fox News' Bret Baier", "endorsed Hillary Clinton") is left alone.
   */
  private static boolean personAfterCommaCue(Sentence s, int v, boolean[] quoted) {
    if (v == 0 || !s.token(v - 1).isPunct(",") || quoted[v - 1] || v + 1 >= s.size() || quoted[v + 1]) return false;
    if (!Character.isLowerCase(s.token(v).word().charAt(0)) || !CueLexicon.shared().takesClauses(s.token(v).lemma())) {
      return false;
    }
    int[] after = sourceAfter(s, v + 1);
    if (after == null || !nothingFollowsSource(s, after[1] + 1)) return false;
    // the person ends the sentence or opens an apposition or a relative clause (not "…, knew Muhammad Ali for decades")
    int n = after[1] + 1;
    if (n < s.size() && !(s.token(n).isPunct(",") || s.token(n).isPunct(".") || s.token(n).pos().startsWith("W"))) return false;
    for (int i = after[0]; i <= after[1]; i++) if (s.token(i).isPerson()) return true;
    // "…, said an American official who was briefed on …"
    return PersonNouns.contains(s.token(after[1]).lower());
  }

  /**
   * "People briefed/VBD on the move said that …": a past tense inside the source phrase of the next
   * reporting verb is a participle modifying that source, not a report of its own.
   */
  private static boolean insideLaterSource(Sentence s, int v, boolean[] quoted) {
    // (a common noun before it and a preposition after it: not "Voters who backed Trump said they wanted change")
    if (!pastTenseAfterCommonNoun(s, v) || v + 1 >= s.size() || !s.token(v + 1).pos().equals("IN")) return false;
    for (int w = v + 1; w < s.size() && w - v <= 8; w++) {
      Token t = s.token(w);
      if (quoted[w] || t.isPunct(",") || t.isPunct(":") || t.isPunct(";")) return false;
      if (!isFiniteOrModal(t)) continue;
      int[] np = isCueVerb(s, w) ? sourceBefore(s, w) : null;
      return np != null && np[0] < v && v < np[1];
    }
    return false;
  }

  /** Whether any token in [from, to) lies inside quotation marks. */
  private static boolean quotedBetween(boolean[] quoted, int from, int to) {
    for (int i = from; i < to; i++) if (quoted[i]) return true;
    return false;
  }

  /** "as X put it": an idiom of reporting, though "put" alone seldom reports (PolNeAR train: 25 of 146). */
  private static boolean putsIt(Sentence s, int v) {
    return s.token(v).lemma().equalsIgnoreCase("put") && v + 1 < s.size() && s.token(v + 1).lower().equals("it");
  }

  /**
   * "As the Times noted, Clinton raised $1 million …", "as Breitbart News reported just today, the
   * …": a source after "as", its cue, perhaps a time or place, then a comma: what was noted is the
   * main clause after the comma. -1 when no clause follows.
   */
  private static int mainClauseAfterAs(Sentence s, int[] np, int v, int k, boolean[] quoted) {
    int ps = phraseStart(np);
    if (ps == 0 || !s.token(ps - 1).lower().equals("as")) return -1;
    // "As they met in Ottawa, Trump was …": a verb PolNeAR train seldom marks as a cue only sets the time
    if (CueLexicon.shared().seldomACue(s.token(v).lemma()) && !putsIt(s, v)) return -1;
    for (int j = k; j + 1 < s.size() && j - k <= 6; j++) {
      Token t = s.token(j);
      if (t.isPunct(",")) {
        return quoted[j + 1] || startsClause(s, j + 1) || demonstrativeSubject(s, j + 1) || subjectThenQuote(s, j + 1, quoted)
            ? j + 1 : -1;
      }
      if (isFiniteOrModal(t) || quoted[j] || t.isPunct(":") || t.isPunct(";")) return -1;
    }
    return -1;
  }

  /** "the leading GOP candidate “has surprisingly earned …”": a subject whose predicate is quoted. */
  private static boolean subjectThenQuote(Sentence s, int k, boolean[] quoted) {
    int[] np = nounPhraseStartingAt(s, k);
    if (np == null || quoted[np[1]]) return false;
    int q = np[1] + 1;
    if (q < s.size() && isQuoteMark(s.token(q))) q++;
    return q < s.size() && quoted[q];
  }

  /** "that’s basically the definition", "this is": a demonstrative subject right before its verb. */
  private static boolean demonstrativeSubject(Sentence s, int k) {
    return k + 1 < s.size() && (s.token(k).lower().equals("that") || s.token(k).lower().equals("this"))
        && isFiniteOrModal(s.token(k + 1));
  }

  /**
   * "McConnell was quick to embrace the mogul and said this week that ...": a cue right after "and"
   * or "but" shares the sentence's subject, when a "that" clause, a quotation or a colon follows it.
   * The phrase is marked as starting at the cue, so nothing before it is read as content.
   */
  private static int[] coordinatedSubject(Sentence s, int v, boolean[] quoted) {
    int j = skipBackward(s, v - 1);
    // "… but did not suggest it would be Trump": past the auxiliary of a negated or emphatic verb
    if (j >= 1 && s.token(v).pos().equals("VB") && s.token(j).lemma().equals("do")) j = skipBackward(s, j - 1);
    // "… and last June stirred controversy": past a time phrase between the conjunction and the verb
    boolean timeBefore = j >= 2 && isTime(s.token(j));
    if (timeBefore) j = skipBackward(s, TIME_LEADS.contains(s.token(j - 1).lower()) ? j - 2 : j - 1);
    if (j < 1 || !(s.token(j).lower().equals("and") || s.token(j).lower().equals("but"))) return null;
    int k = skipTimeForward(s, skipParticle(s, v + 1));
    boolean reports = k < s.size() && (s.token(k).lower().equals("that") && hasFiniteVerb(s, k + 1, s.size())
        || quoted[k] || s.token(k).isPunct(":") || startsClause(s, k)
        // ("I laughed and said, “…”")
        || s.token(k).isPunct(",") && k + 1 < s.size() && quoted[k + 1]
        // ("… and last June stirred controversy with an assertion that …": a noun of saying's clause)
        || timeBefore && complementStart(s, v, skipParticle(s, v + 1), quoted, false) >= 0);
    // "Clinton decried X and highlighted her plans": a verb that mostly reports, with a plain object,
    // right after a predicate that has only an object too; the subject is that predicate's
    if (!reports) return reportedObject(s, v, skipParticle(s, v + 1), quoted) >= 0 ? objectPredicateSubject(s, j, v) : null;
    // the subject of the last clause before the conjunction: "Jindal signed an order, while Mike Huckabee proposed …
    // and said …", "a group of rabbis called for a boycott, and the Anti-Defamation League denounced … and said …"
    int from = 0;
    for (int b = j - 1; b > 0; b--) {
      String w = s.token(b).lower();
      boolean opener = !quoted[b] && (w.equals("while") || w.equals("whereas") || s.token(b).isPunct(";")
          || (w.equals("and") || w.equals("but")) && s.token(b - 1).isPunct(","));
      if (opener && b + 1 < j && startsClause(s, b + 1)) { from = b + 1; break; }
    }
    for (int f = from; f < j; f++) {
      // (a main verb the tagger read as a participle counts: "De Blasio, …, called/VBN Trump a “blowhard,” and said …")
      // (not a verb inside quoted words: "“We think it works,” he said, and then predicted: …" is his)
      if (quoted[f] || !isFiniteOrModal(s.token(f)) && !(s.token(f).pos().equals("VBN") && isCueVerb(s, f))) continue;
      int[] np = sourceBefore(s, f);
      // the subject opens the sentence, or follows an opening phrase: "With reporters Thursday, the
      // Wisconsin Republican criticized … and said …", or a quotation: "“…,” he said, and added …"
      boolean opens = np != null && (phraseStart(np) <= 2 || phraseStart(np) == from
          || s.token(phraseStart(np) - 1).isPunct(",") || quoted[phraseStart(np) - 1]);
      // "Once, when my mother mentioned the devil, I laughed and said, “…”": a verb of a fronted subordinate
      // clause is not the one whose subject the cue shares; the main clause follows it
      if (!opens && np != null && SUBORDINATORS.contains(s.token(phraseStart(np) - 1).lower())) continue;
      // ("When Robby Mook, Clinton's campaign manager, was asked …, he laughed and said, “…”": the same when the
      // subordinate clause opens the sentence and its subject has an apposition; its comma closes it before the main one)
      if (opens && inOpeningSubordinateClause(s, from, f, j)) continue;
      return opens ? new int[] {np[0], np[1], v} : null;
    }
    return null;
  }

  /**
   * Verb f lies in a subordinate clause that opens the sentence (at {@code from}) and ends at a comma before token
   * j, after which a clause of its own starts.
   */
  private static boolean inOpeningSubordinateClause(Sentence s, int from, int f, int j) {
    if (from != 0 || !SUBORDINATORS.contains(s.token(0).lower())) return false;
    for (int c = f + 1; c < j - 1; c++) if (s.token(c).isPunct(",") && startsClause(s, c + 1)) return true;
    return false;
  }

  /**
   * "Current and former officials who spoke with The Huffington Post said …", "Some of Clinton's allies
   * said …", "Ford itself said …", "The justice -- who has been in a scuffle -- said …": the noun phrase
   * that opens the sentence, when only a relative clause, prepositional phrases, a reflexive or an aside
   * stand between it and a verb that reports a clause. Null when no clause follows the verb, or when a
   * verb of the main clause comes first.
   */
  private static int[] subjectAcrossModifiers(Sentence s, int v, boolean[] quoted) {
    if (complementStart(s, v, skipParticle(s, v + 1), quoted, false) < 0) return null;
    int first = 0;
    while (first < v && (s.token(first).pos().equals("CC") || s.token(first).pos().startsWith("RB")
        || s.token(first).isPunct(","))) {
      first++;
    }
    if (first >= v || quoted[first]) return null;
    int end = subjectPhraseEnd(s, first, v);
    if (end < 0) return null;
    int headLast = end;
    while (headLast > first && !s.token(headLast).isNoun()) headLast--;
    if (!s.token(headLast).isNoun() && !(headLast == first && isSourcePronoun(s.token(first)))) return null;
    int r = end + 1;
    while (r < v) {
      Token t = s.token(r);
      if (quoted[r]) return null;
      String w = t.lower();
      if (t.pos().equals("PRP") && (w.endsWith("self") || w.endsWith("selves"))) {          // "Ford itself"
        r++;
      } else if ((t.pos().equals("IN") || t.pos().equals("TO")) && !w.equals("that")
          && !SUBORDINATORS.contains(w) && r + 1 < v) {                                        // "with no direct knowledge"
        int e = subjectPhraseEnd(s, r + 1, v);
        if (e < 0) return null;
        r = e + 1;
      } else if (isRelativePronoun(t) || w.equals("that")
          || t.pos().equals("PRP") && isFiniteOrModal(s.token(Math.min(r + 1, v)))) {
        // a relative clause ("who spoke with …", "people I've spoken with") runs up to the verb
        return hasFiniteVerb(s, r + 1, v) ? new int[] {first, headLast} : null;
      } else if (t.isPunct(",") && r == v - 1) {
        r++;
      } else if (isDash(t) || t.word().equals("(") || t.isPunct(",")) {
        // an aside: "-- who has been involved in a scuffle --", ", a lawyer from Ohio,"; asides between
        // commas follow one another (", Rex Early, a former chairman who …, said"), sharing a comma
        int close = r + 1;
        while (close < v && !(isDash(t) ? isDash(s.token(close)) : t.isPunct(",") ? s.token(close).isPunct(",")
            : s.token(close).word().equals(")"))) {
          close++;
        }
        if (close >= v) return null;
        // its verbs must be a relative clause's: ", a former chairman who just signed on ,"
        int rel = r + 1;
        while (rel < close && !isRelativePronoun(s.token(rel))) rel++;
        if (hasFiniteVerb(s, r + 1, rel)) return null;
        r = t.isPunct(",") ? close : close + 1;
      } else {
        return null;
      }
    }
    return new int[] {first, headLast};
  }

  /**
   * The last token of a noun phrase starting at k and ending before v: determiners, adjectives, nouns,
   * numbers and possessives, "and" between modifiers ("Current and former officials"), and a
   * quantifier's "of" or "in" ("Some of his allies", "Many in the crowd"). -1 when none starts there.
   */
  private static int subjectPhraseEnd(Sentence s, int k, int v) {
    int j = k;
    if (j + 1 < v && QUANTIFIERS.contains(s.token(j).lower())
        && (s.token(j + 1).lower().equals("of") || s.token(j + 1).lower().equals("in"))) {
      j += 2;
    }
    int last = -1;
    while (j < v) {
      Token t = s.token(j);
      String p = t.pos();
      boolean nominal = p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$")
          || p.equals("CD") || p.equals("POS");
      boolean joiner = p.equals("CC") && j > k && j + 1 < v && (s.token(j + 1).pos().startsWith("JJ")
          || s.token(j + 1).isNoun()) && (s.token(j - 1).pos().startsWith("JJ") || s.token(j - 1).isProperNoun());
      if (!nominal && !joiner) break;
      if (nominal) last = j;
      j++;
    }
    if (last < 0 && j < v && isSourcePronoun(s.token(j))) return j;
    return last;
  }

  /**
   * "It said it decided to intensify its push", "It reads: “…”": "it" is no source in general (an
   * expletive, a thing), but before a verb that mostly reports, with a clause or a quotation after it,
   * it is a company, a statement or a document that speaks. An emphatic "do" and adverbs may stand between
   * ("although it does say that Japan agrees to …", "it also says").
   */
  private static int[] itAsSource(Sentence s, int v, boolean[] quoted) {
    int i = v - 1;
    while (i > 0 && i >= v - 3 && (s.token(i).lemma().equals("do") && s.token(v).pos().equals("VB")
        || s.token(i).pos().equals("RB") && !isNegator(s.token(i)))) {
      i--;
    }
    if (i < 0 || !s.token(i).lower().equals("it") || !CueLexicon.shared().mostlyReports(s.token(v).lemma())) return null;
    int k = skipParticle(s, v + 1);
    return complementStart(s, v, k, quoted, false) >= 0 ? new int[] {i, i} : null;
  }

  private static boolean isSourcePronoun(Token t) {
    return t.pos().equals("PRP") && SOURCE_PRONOUNS.contains(t.lower());
  }

  /**
   * The subject of the finite verb nearest before "and" at j, when no other verb stands between them
   * and the subject opens the sentence or follows a comma; null otherwise.
   */
  private static int[] objectPredicateSubject(Sentence s, int j, int v) {
    int f = j - 1;
    while (f >= 0 && !s.token(f).isVerb() && !s.token(f).pos().equals("MD")) f--;
    // "he found Trump to be “very charming” and called …": past the infinitive to its clause's verb
    if (f > 0 && s.token(f).pos().equals("VB") && s.token(f - 1).lower().equals("to")) {
      f -= 2;
      while (f >= 0 && !s.token(f).isFiniteVerb()) f--;
    }
    if (f < 0 || !isCueVerb(s, f)) return null;
    int[] np = sourceBefore(s, f);
    if (np != null) {
      int[] outer = reporterOfClause(s, phraseStart(np));
      if (outer != null) np = outer;
    }
    boolean opens = np != null && (phraseStart(np) <= 2 || s.token(phraseStart(np) - 1).isPunct(","));
    return opens ? new int[] {np[0], np[1], v} : null;
  }

  /**
   * "He says [he respects Clinton] and calls her “…”": when the predicate before "and" is itself a
   * reported clause, the next predicate is the reporter's, as PolNeAR reads it. The subject of the
   * reporting verb right before the clause starting at {@code clauseStart} ("that" allowed), or null.
   */
  private static int[] reporterOfClause(Sentence s, int clauseStart) {
    int t = clauseStart - 1;
    if (t >= 0 && s.token(t).lower().equals("that")) t--;
    if (t < 1 || !isCueVerb(s, t)) return null;
    return sourceBefore(s, t);
  }

  /** Quoted words end right before token {@code ps}, or before a comma there: "“…,” he said". */
  private static boolean quoteRightBefore(Sentence s, int ps, boolean[] quoted) {
    int last = ps > 0 && quoted[ps - 1] ? ps - 1 : ps > 1 && s.token(ps - 1).isPunct(",") && quoted[ps - 2] ? ps - 2 : -1;
    if (last < 0) return false;
    // "says his “friend and colleague” Marco Rubio ran …": quoted words inside a noun phrase are not
    // what the name after them said; a quotation that is, opens its sentence or follows a break
    int open = last;
    while (open > 0 && quoted[open - 1]) open--;
    if (open == 0) return true;
    Token before = s.token(open - 1);
    return !(before.pos().equals("PRP$") || before.pos().equals("DT") || before.pos().equals("POS")
        || before.pos().startsWith("JJ"));
  }

  /** A noun phrase object right after the verb ("received a fine"), not a time, place or nothing. */
  private static boolean objectFollows(Sentence s, int k) {
    if (k >= s.size()) return false;
    Token t = s.token(k);
    return !TIME_WORDS.contains(t.lower()) && opensNounPhrase(t);
  }

  /**
   * "Washington, star of television’s “Scandal,” thanked Obama": a title in quotation marks, not speech.
   * One that opens the sentence is a word said ("“Safety,” said Grimm").
   */
  private static boolean titleBefore(String text, Sentence s, int v, List<QuoteSpan> quotes) {
    int from = s.token(v - 1).begin();
    for (QuoteSpan q : quotes) {
      if (q.close() <= from + 1 && q.close() >= from - 2 && q.open() > s.begin() && QuotationFinder.isTitle(text, q)) {
        return true;
      }
    }
    return false;
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
    // "said — on Twitter, as it happens — that ...": an aside between dashes before the complement
    if (k < s.size() && isDash(s.token(k))) {
      int close = k + 1;
      while (close < s.size() && close - k <= 12 && !isDash(s.token(close))) close++;
      if (close + 1 < s.size() && isDash(s.token(close))) k = close + 1;
    }
    // "says, win or lose in Tuesday's primary, he's staying": an aside between commas, then a clause
    if (k + 1 < s.size() && s.token(k).isPunct(",") && !quoted[k + 1]) {
      int close = k + 1;
      while (close < s.size() && close - k <= 10 && !s.token(close).isPunct(",") && !isFiniteOrModal(s.token(close))) {
        close++;
      }
      if (close + 1 < s.size() && s.token(close).isPunct(",")) {
        // "also said, without evidence, that “...”": the complement starts at "that"
        if (s.token(close + 1).lower().equals("that") && hasVerbOrQuote(s, close + 2, quoted)) return close + 1;
        if (startsClause(s, close + 1)) return k + 1;
      }
    }
    // "said instead that", "said repeatedly that": an adverb between the cue and its "that"
    if (k + 1 < s.size() && s.token(k).pos().startsWith("RB") && s.token(k + 1).lower().equals("that")
        && !isNegator(s.token(k))) {
      k++;
    }
    Token t = s.token(k);
    // PolNeAR's content spans start at the complementizer: "said [that the talks ...]"
    if (t.lower().equals("that") && (hasFiniteVerb(s, k + 1, s.size()) || hasVerbOrQuote(s, k + 1, quoted))) return k;
    if (t.isPunct(":") || t.isPunct(",") && k + 1 < s.size() && quoted[k + 1]) {
      // (not a verb that seldom reports, in a subordinate clause between commas: "said in the spring, when the
      // story broke, “…”" is what was said)
      if (t.isPunct(",") && CueLexicon.shared().seldomACue(s.token(v).lemma()) && inSubordinateAside(s, v)) return -1;
      return k + 1 < s.size() - 1 ? k + 1 : -1;
    }
    if (quoted[k]) return k;
    // "says no matter what action Obama takes, “his word does not trump the Second Amendment”"
    if (t.lower().equals("no") && k + 1 < s.size() && s.token(k + 1).lower().equals("matter")
        && hasFiniteVerb(s, k + 2, s.size())) {
      return k;
    }
    // "asks at Western High School, “…”", "responded pointedly, with a smile: “…”", "said in the spring, when the
    // story broke, “…”" (past a subordinate clause between commas)
    for (int i = k; i < s.size() - 1 && i - k <= 10; i++) {
      Token u = s.token(i);
      // (only after a verb that mostly reports: not "haven't insulated him from being seen, as The New Yorker put
      // it, “the operator.”")
      if (u.isPunct(",") && i > k && SUBORDINATORS.contains(s.token(i + 1).lower()) && !quoted[i + 1]
          && CueLexicon.shared().mostlyReports(s.token(v).lemma())) {
        // (not when the clause has a verb that reports of its own: "…, though he said, “I hope to.”")
        int close = i + 2;
        boolean ownCue = false;
        while (close < s.size() - 1 && close - i <= 15 && !s.token(close).isPunct(",") && !quoted[close]) {
          ownCue |= isFiniteOrModal(s.token(close)) && !CueLexicon.shared().seldomACue(s.token(close).lemma());
          close++;
        }
        if (s.token(close).isPunct(",") && quoted[close + 1] && !ownCue) return close + 1;
      }
      if (quoted[i] || isFiniteOrModal(u) || u.isPunct(";")) break;
      // "Ryan and Trump will meet next week, Spicer said, adding, “…”": the quotation is what the participle
      // reports; the cue's own content is the clause before it
      // (only when the quotation follows the participle at once: "Tester said, referring to the excuse, “…”" is said)
      if (u.pos().equals("VBG") && i == k + 1 && s.token(k).isPunct(",") && CueLexicon.shared().mostlyReports(u.lemma())
          && i + 2 < s.size() && (s.token(i + 1).isPunct(",") || s.token(i + 1).isPunct(":")) && quoted[i + 2]) {
        break;
      }
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
      // "told delegates at the Republican convention that …", "reminding voters every day between now
      // and November that …": past the phrases of place and time after the noun phrase, to "that"
      int past = pastPlaceAndTime(s, after, quoted);
      // not a relative clause: "funding of research that harms embryos"
      if (past > after && past + 1 < s.size() && s.token(past).lower().equals("that") && hasFiniteVerb(s, past + 1, s.size())
          && !(s.token(past + 1).isVerb() || s.token(past + 1).pos().equals("MD"))) {
        // a phrase of place or time stands between the noun phrase and "that", so the clause is not the noun's
        // own ("ruled out the likelihood that"): "told a packed crowd in Windham, New Hampshire, on Monday that
        // …", "sparked controversy over her remark that …" (train 1–150: 3 spans right, 1 wrong, "threw her
        // weight behind Obama's advice that …", against the addressee test of the adjacent case below)
        return past;
      }
      if (after < s.size()) {
        Token a = s.token(after);
        // "asked Trump Wednesday if the project …", "asked Mrs. Clinton about several women …": whom the
        // question was put to, then the question
        boolean asking = ASKING.contains(s.token(v).lemma().toLowerCase(Locale.ROOT));
        // (only after asking: "would support Trump if the businessman became …" is a condition)
        if ((a.lower().equals("if") || a.lower().equals("whether")) && asking && hasFiniteVerb(s, after + 1, s.size())) {
          return after;
        }
        if (asking && a.lower().equals("about") && after + 2 < s.size()) return after + 1;
        if (a.lower().equals("that") && hasFiniteVerb(s, after + 1, s.size())) {
          // "told a veterans group that": someone told; "ruled out the likelihood that": what was said
          boolean told = isAddressee(s, np) || CueLexicon.shared().reportsObject(s.token(v).lemma());
          return told ? after : k;
        }
        // "made the following comment: “…”", "told reporters: …"
        if (a.isPunct(":") && after + 1 < s.size()) return after + 1;
        // "told ABC’s “Good Morning America” that …": a programme's quoted title after its network
        int title = a.pos().equals("POS") ? after + 1 : after;
        if (title < s.size() && quoted[title] && s.token(v).lemma().equals("tell")) {
          int close = title;
          while (close < s.size() && quoted[close]) close++;
          if (close + 1 < s.size() && s.token(close).lower().equals("that") && hasFiniteVerb(s, close + 1, s.size())) {
            return close;
          }
        }
        // "told reporters “We …”": someone spoken to; "called Trump “unhinged”", "said things “should be …”":
        // a quotation that goes on in lower case finishes a clause the noun phrase began
        if (quoted[after] && isAddressee(s, np)) return continuesInLowerCase(s, after) ? k : after;
        // "tells voters she’s with them", "told reporters the talks …": an addressee, then a clause
        // without "that" (the noun phrase found may have run on into the clause's subject)
        for (int end = np[1]; end >= np[0]; end--) {
          // "the Sanders campaign was …": a name that modifies the noun after it goes on too
          boolean nameGoesOn = end + 1 < s.size() && s.token(end).isProperNoun() && s.token(end + 1).isNoun();
          // whoever is told something is its addressee: "told a news conference they are …"
          boolean addressee = isAddressee(s, new int[] {np[0], end})
              || s.token(v).lemma().equals("tell") && (s.token(end).isNoun() || s.token(end).pos().equals("PRP"));
          if (!nameGoesOn && addressee && startsClause(s, end + 1)) return end + 1;
        }
      }
    }
    // a place, time or occasion, then "that": "said during a rally in Michigan that ...". Not a
    // relative clause ("within the months that followed") and not after a verb that seldom reports
    // ("met in Turkey amid fears that ...": the clause belongs to the noun)
    if ((t.pos().equals("IN") || t.pos().equals("TO")) && !CueLexicon.shared().seldomACue(s.token(v).lemma())) {
      for (int i = k + 1; i < s.size() && i - k <= 12; i++) {
        Token u = s.token(i);
        if (u.lower().equals("that")) {
          // (not "that states/VBZ can pass": a noun the tagger read as a verb, before the clause's own verb)
          boolean subjectFirst = i + 2 < s.size() && (s.token(i + 2).pos().equals("MD") || s.token(i + 2).isFiniteVerb());
          boolean relative = i + 1 < s.size() && (s.token(i + 1).isVerb() || s.token(i + 1).pos().equals("MD"))
              && !subjectFirst;
          return !relative && hasFiniteVerb(s, i + 1, s.size()) ? i : -1;
        }
        if (isFiniteOrModal(u) && !endsPrepositionalObject(s, i) || u.isPunct(";") || u.isPunct(":") || quoted[i]) break;
      }
    }
    // a bare clause: "stated the talks will ...", "stated he would ..."; inside a relative clause
    // ("the deal, which Hegseth poured cold water on, was signed") only an unbroken one
    if (modalCue) return -1;
    // Not after a verb PolNeAR train seldom marks as a cue: what looks like a clause there is mostly an object
    // running into the next verb ("Mr. Reid, who represents Nevada, said …", "making a pitch to New York voters
    // saying …", "When he returned he began by saying …"). Train 151–840: 788 fewer rows, 134 of them matching a
    // gold span ("she is making [an identity politics play]"), loose F1 +0.0039, strict +0.0094.
    boolean seldom = CueLexicon.shared().seldomACue(s.token(v).lemma());
    if (startsClause(s, k) && !(inRelativeClause(s, k) && commaBeforeVerb(s, k)) && !seldom) {
      return k;
    }
    // "said nearly every conversation he has had centers on Trump", "say only 10 percent are …": an adverb
    // before the subject, after a verb that mostly reports (after others it is an object's: "gaining just
    // 16 percent of the vote")
    if (s.token(k).pos().startsWith("RB") && !isNegator(s.token(k)) && k + 1 < s.size()
        && (s.token(k + 1).pos().equals("DT") || s.token(k + 1).pos().equals("CD"))
        && CueLexicon.shared().mostlyReports(s.token(v).lemma()) && startsClause(s, k + 1)) {
      return k;
    }
    return -1;
  }

  /** Verbs that put a question to someone: "asked X if …", "pressed X about …". */
  private static final Set<String> ASKING = Set.of("ask", "question", "press", "quiz");

  /** v lies in a subordinate clause that opens after a comma: "…, when the story broke, “…”". */
  private static boolean inSubordinateAside(Sentence s, int v) {
    int i = v - 1;
    while (i > 0 && !s.token(i).isPunct(",")) i--;
    return i > 0 && i + 1 < v && SUBORDINATORS.contains(s.token(i + 1).lower());
  }

  /** v lies in a subordinate clause that opens the sentence, with no comma yet after it: "When he returned". */
  private static boolean inLeadingSubordinateClause(Sentence s, int v) {
    if (!SUBORDINATORS.contains(s.token(0).lower())) return false;
    for (int i = 1; i < v; i++) if (s.token(i).isPunct(",")) return false;
    return true;
  }

  private static int skipTimeForward(Sentence s, int k) {
    int start = k;
    while (k < s.size()) {
      String w = s.token(k).lower();
      // ("said Thursday's speeches have …": a time that owns a noun is the subject of the clause)
      boolean owns = k + 1 < s.size() && s.token(k + 1).pos().equals("POS");
      if (TIME_WORDS.contains(w) && !owns) { k++; continue; }
      if (TIME_LEADS.contains(w) && k + 2 < s.size() && TIME_WORDS.contains(s.token(k + 1).lower())
          && !s.token(k + 2).pos().equals("POS")) {
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
    return objectStart(s, v, k, quoted, quotedObject);
  }

  /**
   * For the cue table's trainer: the verb at {@code v} has a source before it, no reported clause
   * after it, and a plain object without quoted words: the one shape where the table decides.
   */
  public static boolean hasPlainObject(Sentence s, int v, List<QuoteSpan> quotes) {
    boolean[] quoted = quotedTokens(s, quotes);
    if (quoted[v] || !isCueVerb(s, v)) return false;
    int[] np = sourceBefore(s, v);
    if (np == null) return false;
    int k = skipParticle(s, v + 1);
    if (k >= s.size() - 1 || complementStart(s, v, k, quoted, hasModalBefore(s, np[1] + 1, v)) >= 0) return false;
    return !quoteInClause(s, k, quoted) && objectStart(s, v, k, quoted, false) >= 0;
  }

  /** Prepositions after which a reporting verb's object is what was said: "called for", "warned against". */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "on", "to", "about", "against");

  /** "on (the) condition of anonymity", "on background": the terms one speaks on. */
  private static final Set<String> TERMS_OF_SPEAKING = Set.of("condition", "background");

  private static boolean isTermsOfSpeaking(Sentence s, int k) {
    int n = s.token(k).lower().equals("the") && k + 1 < s.size() ? k + 1 : k;
    return TERMS_OF_SPEAKING.contains(s.token(n).lower());
  }

  private static int objectStart(Sentence s, int v, int k, boolean[] quoted, boolean quotedObject) {
    // "the deal, which Hegseth poured cold water on": in a relative clause the object is the antecedent
    int[] src = sourceBefore(s, v);
    if (src != null && src[0] > 0 && Set.of("WDT", "WP").contains(s.token(src[0] - 1).pos())) return -1;
    Token t = s.token(k);
    // "did not mention X" reports what was left unsaid, but "did not reply to a question" says nothing
    if (t.lower().equals("to") && negated(s, v)) return -1;
    if (t.pos().equals("IN") && OBJECT_PREPOSITIONS.contains(t.lower()) && k + 1 < s.size()) {
      k++;
      t = s.token(k);
    }
    if (TIME_WORDS.contains(t.lower())) return -1;   // "spoke on Monday" says nothing of what was said
    // "spoke on (the) condition of anonymity", "spoke on background": the terms of speaking, not its words (PolNeAR
    // train: 1 of 16 such phrases marked)
    if (s.token(k - 1).lower().equals("on") && isTermsOfSpeaking(s, k)) return -1;
    // "urged [women to vote for Clinton]", "asked [the network to donate …]": PolNeAR's content is the
    // object with its infinitive (in train, 53 of 65 "ask" and 31 of 43 "urge" attributions of this shape)
    for (int i = k + 1; i < s.size() - 1 && i - k <= 8; i++) {
      Token u = s.token(i);
      if (u.pos().equals("TO") && s.token(i + 1).pos().equals("VB")) return k;
      if (isFiniteOrModal(u) || u.isPunct(",") || quoted[i]) break;
    }
    String p = t.pos();
    boolean starts = quoted[k] || p.equals("DT") || p.equals("PRP$") || p.startsWith("NN") || p.startsWith("JJ")
        || p.equals("CD") || p.equals("PRP") && (quotedObject || !t.lower().equals("it")) || p.equals("TO") || p.equals("VBG")
        || p.equals("WP") || p.equals("WRB") || p.equals("IN") && Set.of("whether", "if", "how").contains(t.lower())
        // "reported unusually high lead levels": an adverb of degree inside the object's first phrase
        || p.startsWith("RB") && !isNegator(t) && k + 1 < s.size() && s.token(k + 1).pos().startsWith("JJ")
            && k + 2 < s.size() && s.token(k + 2).isNoun();
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

  /**
   * For quoted words no verb before them claims: the subject of the first clause before them whose subject
   * is a name, an organisation, a pronoun or a common noun for people, when no verb up to it is negated or
   * modal ("Clinton has increasingly decried the issue of “systemic racism”"). The content is the quoted
   * words alone.
   * Null for a scare quote in a sentence about someone who did not say it ("Witkoff didn't reply to a
   * query about a “significant portion”").
   */
  static Attribution subjectOfSentence(Sentence s, QuoteSpan q, List<QuoteSpan> quotes) {
    boolean[] quoted = quotedTokens(s, quotes);
    // "As Mitchell tried to discuss …, Sanders responded with a phrase: “…”": the main clause's subject,
    // not that of the subordinate clause opening the sentence
    int from = 0;
    if (s.size() > 1 && SUBORDINATORS.contains(s.token(0).lower()) && !quoted[0]) {
      int comma = 1;
      while (comma < s.size() && s.token(comma).begin() < q.open() && !s.token(comma).isPunct(",")) comma++;
      if (comma < s.size() && s.token(comma).isPunct(",")) from = comma + 1;
    }
    for (int v = from; v < s.size() && s.token(v).begin() < q.open(); v++) {
      if (quoted[v] || !isFiniteOrModal(s.token(v))) continue;
      // "Witkoff didn't immediately reply": the negation may follow the auxiliary
      if (negated(s, v) || negatedAfter(s, v) || s.token(v).pos().equals("MD") || hasModalBefore(s, 0, v)) return null;
      // "Trump was asked, “What's the most dangerous place …?”": the quotation was put to the subject
      if (putToSubject(s, v)) return null;
      int[] np = sourceBefore(s, v);
      Token head = np == null ? null : s.token(np[1]);
      // "policymakers have been startled by …": a common noun for people is someone too
      boolean someone = head != null && (head.isPerson() || head.isOrganization() || head.pos().equals("PRP")
          || head.isNoun() && PersonNouns.contains(head.lower()));
      // "The reaction was swift: Trump … emphasized the threat that “…”": a clause whose subject is no one
      // leaves the quoted words to a later clause before them (on both train splits, 14 more direct and mixed
      // speakers right, a few wrong: "whom Michelle Obama referred to …, were ''well fed''")
      if (!someone) continue;
      return new Attribution(s.index(), np[0], np[1], v, v, q.start(), q.end(), Attribution.Form.SOURCE_CUE_CONTENT);
    }
    return null;
  }

  private static final Set<String> PUT_TO = Set.of("ask", "tell", "question", "press");

  /**
   * "was asked", "had been pressed": a passive of asking or telling at the finite verb {@code v} (not the
   * active "has asked").
   */
  private static boolean putToSubject(Sentence s, int v) {
    String aux = s.token(v).lemma();
    boolean passive = aux.equals("be") || aux.equals("get");
    if (!passive && !aux.equals("have")) return false;
    for (int k = v + 1; k < s.size() && k - v <= 3; k++) {
      Token t = s.token(k);
      if (t.lower().equals("been")) { passive = true; continue; }
      if (t.pos().startsWith("RB")) continue;
      return passive && t.pos().equals("VBN") && PUT_TO.contains(t.lemma());
    }
    return false;
  }

  /** A quotation after k before the clause ends (a finite verb outside quotation marks, ";", ":"). */
  private static boolean quoteInClause(Sentence s, int k, boolean[] quoted) {
    for (int i = k; i < s.size(); i++) {
      if (quoted[i]) {
        // a name in quotation marks ("a party at the “Red Neck Country Club”") quotes no one
        int j = i + 1;
        while (j < s.size() && quoted[j] && !isQuoteMark(s.token(j))) j++;
        if (!isName(s, i + 1, j)) return true;
        i = j;
        continue;
      }
      Token t = s.token(i);
      if (isFiniteOrModal(t) || t.isPunct(";") || t.isPunct(":")) return false;
    }
    return false;
  }

  /** A verb with a source before it, or a participle after a comma: what the cue lexicon counts. */
  public static boolean hasSourceAndCueShape(Sentence s, int v) {
    if (isCueVerb(s, v)) return sourceBefore(s, v) != null;
    return v > 0 && s.token(v).pos().equals("VBG") && s.token(v - 1).isPunct(",");
  }

  /**
   * "his claim that he had done so", "the notion that pressure …": a noun followed by "that" and a clause
   * with a subject and a finite verb of its own, the shape in which a noun of saying or believing carries what
   * was said. (A relative clause, "the claim that he made", has the same shape; the learned share of each
   * noun, {@link CueLexicon#reportingNoun}, tells them apart on average.)
   */
  public static boolean nounWithThatClause(Sentence s, int v) {
    Token t = s.token(v);
    if (!(t.pos().equals("NN") || t.pos().equals("NNS")) || v + 2 >= s.size()) return false;
    if (!s.token(v + 1).lower().equals("that")) return false;
    Token subject = s.token(v + 2);
    if (subject.isVerb() || subject.pos().equals("MD") || subject.pos().startsWith("RB") || subject.pos().equals("IN")
        || subject.pos().equals("TO") || subject.pos().equals(",")) {
      return false;
    }
    for (int i = v + 3; i < s.size(); i++) {
      Token u = s.token(i);
      if (u.isPunct(",") || u.isPunct(";") || u.isPunct(".")) return false;
      if (isFiniteOrModal(u)) return true;
    }
    return false;
  }

  /**
   * "Mr. Trump's assertion that Russia should hack …", "his suggestion that a judge can't be impartial": a noun
   * that PolNeAR train marks as a cue often enough in this shape ({@link CueLexicon#reportingNoun}), with its
   * possessor as the source and the "that" clause as what was said. Without a possessor the noun names no
   * one, and nothing is added.
   */
  private static Attribution possessedReportNoun(Sentence s, int v, boolean[] quoted) {
    if (quoted[v] || !nounWithThatClause(s, v) || !CueLexicon.shared().reportingNoun(s.token(v).lemma())) return null;
    int p = v - 1;
    while (p > 0 && (s.token(p).pos().startsWith("JJ") || s.token(p).pos().equals("VBN")
        || s.token(p).pos().startsWith("RB"))) {
      p--;   // "his repeatedly stated belief"
    }
    if (p < 0 || quoted[p]) return null;
    int[] src = possessiveAt(s, p);
    if (src == null) return null;
    return new Attribution(s.index(), src[0], src[1], v, v, s.token(v + 1).begin(), endOfSubjectClause(s, v + 2, src[0], quoted),
        Attribution.Form.SOURCE_CUE_CONTENT);
  }

  /** The possessor ending at p: "his" alone, or the noun phrase before "'s" with it; null when there is none. */
  private static int[] possessiveAt(Sentence s, int p) {
    if (s.token(p).pos().equals("PRP$")) return new int[] {p, p};
    if (!s.token(p).pos().equals("POS") || p == 0) return null;
    int[] np = nounPhraseEndingAt(s, p - 1);
    return np == null ? null : new int[] {np[0], p};
  }

  /**
   * Where a "that" clause opening at {@code first} ends: "Trump's claim that thousands cheered was false" is a
   * sentence subject when no finite verb comes before {@code phrase}, and its clause ends before the main verb
   * (the second finite verb after it); otherwise at the sentence end.
   */
  private static int endOfSubjectClause(Sentence s, int first, int phrase, boolean[] quoted) {
    if (hasFiniteVerb(s, 0, phrase)) return s.end();
    boolean inner = false;
    for (int i = first; i < s.size(); i++) {
      if (quoted[i] || !isFiniteOrModal(s.token(i))) continue;
      if (!inner) { inner = true; continue; }
      int last = s.token(i - 1).isPunct(",") ? i - 2 : i - 1;
      return s.token(last).end();
    }
    return s.end();
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

  /** Words [from, to) in capitals but for minor words, with no closing punctuation: a title or a name. */
  private static boolean isName(Sentence s, int from, int to) {
    int capital = 0;
    for (int i = from; i < to; i++) {
      String w = s.token(i).word();
      if (w.isEmpty()) continue;
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) capital++;
      else if (Character.isLetter(c) && !QuotationFinder.isMinorWord(w)) return false;
      else if (i == to - 1 && ".!?".indexOf(c) >= 0) return false;
    }
    return capital > 0;
  }

  /** The first word inside the quotation opening at token {@code mark} starts in lower case. */
  private static boolean continuesInLowerCase(Sentence s, int mark) {
    for (int i = mark; i < s.size() && i - mark <= 2; i++) {
      String w = s.token(i).word();
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) return Character.isLowerCase(w.charAt(0));
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

  /** The first token after up to three prepositional or time phrases from k (k itself when none). */
  private static int pastPlaceAndTime(Sentence s, int k, boolean[] quoted) {
    int at = k;
    for (int n = 0; n < 3 && at < s.size(); n++) {
      Token t = s.token(at);
      if (quoted[at] || !(t.pos().equals("IN") || t.pos().equals("TO")) || t.lower().equals("that")) break;
      // "in the South Carolina Republican primary/JJ": longer than a noun phrase's usual few words, and
      // its last word may be tagged as an adjective
      int next = at + 1;
      boolean noun = false;
      while (next < s.size() && next - at <= 8 && (s.token(next).isNoun() || s.token(next).pos().startsWith("JJ")
          || s.token(next).pos().equals("DT") || s.token(next).pos().equals("PRP$") || s.token(next).pos().equals("CD"))) {
        noun |= s.token(next).isNoun();
        next++;
      }
      if (!noun) break;
      // "of black leaders", "between now and November": the phrase's own modifiers
      while (next + 1 < s.size() && (s.token(next).lower().equals("of") || s.token(next).lower().equals("and"))) {
        int[] more = nounPhraseStartingAt(s, next + 1);
        if (more == null) break;
        next = more[1] + 1;
      }
      // "in snowy Windham, New Hampshire, on …": a place's state or country between commas
      if (next + 2 < s.size() && s.token(next).isPunct(",") && s.token(next + 1).isProperNoun()) {
        int e = next + 1;
        while (e + 1 < s.size() && s.token(e + 1).isProperNoun()) e++;
        int after = e + 1 < s.size() && s.token(e + 1).isPunct(",") ? e + 2 : e + 1;
        if (after < s.size() && (s.token(after).pos().equals("IN") || s.token(after).lower().equals("that"))) next = after;
      }
      // "on the primary battle’s final campaign day": a possessive goes on to its noun
      while (next + 1 < s.size() && s.token(next).pos().equals("POS")) {
        int[] more = nounPhraseStartingAt(s, next + 1);
        if (more == null) break;
        next = more[1] + 1;
      }
      at = skipTimeForward(s, next);
    }
    return at;
  }

  private static int[] nounPhraseStartingAt(Sentence s, int k) {
    Token t = s.token(k);
    if (t.pos().equals("PRP")) return new int[] {k, k};
    int j = k;
    while (j < s.size() && j - k < 5 && opensNounPhrase(s.token(j))) j++;
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
      // "said Wednesday she, too, wants …": an adverb between commas after the pronoun
      int after = j < s.size() ? adverbAsideEnd(s, j) : -1;
      if (after > 0) j = after;
      // ("says it considered/VBN building": right after a subject pronoun, a participle is a past tense)
      return j < s.size() && (isFiniteOrModal(s.token(j)) || s.token(j).pos().equals("VBN") && j == k + 1);
    }
    String p = t.pos();
    if (p.equals("EX")) {   // "says there was", "said there certainly was"
      int j = k + 1;
      while (j < s.size() && j - k <= 2 && s.token(j).pos().startsWith("RB") && !isNegator(s.token(j))) j++;
      return j < s.size() && isFiniteOrModal(s.token(j));
    }
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
      // "spending the final day attacking a rival who is behind him": that verb is a relative clause's;
      // "told MSNBC Monday when asked about concerns that …": and that one an adverbial clause's
      if (u.pos().equals("WP") || u.pos().equals("WDT") || u.pos().equals("WRB")) return false;
      // "eased tensions, and (in reality) they rose": a conjunction, then a pronoun with its own verb, is the
      // next clause of the sentence, not this one's subject running on
      if (u.pos().equals("CC") && pronounClauseFollows(s, i + 1)) return false;
      // "endorsed Trump last week and has appeared at his rallies": a conjunction right before a verb
      // joins a second predicate to the sentence's own; no subject of a clause runs through it
      if (u.pos().equals("CC") && i + 1 < s.size() && isFiniteOrModal(s.token(i + 1))) return false;
    }
    return false;
  }

  /** A personal pronoun with its verb within the next few words ("they rose", "in reality they rose"). */
  private static boolean pronounClauseFollows(Sentence s, int from) {
    for (int j = from; j < s.size() && j - from <= 3; j++) {
      if (s.token(j).pos().equals("PRP")) return startsClause(s, j);
      if (isFiniteOrModal(s.token(j))) return false;
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

  /** Conjunctions that open the narrator's own clause after a cue ("she added when ..."). */
  private static final Set<String> NARRATOR_CLAUSE =
      Set.of("when", "as", "after", "before", "because", "while", "since", "until");

  /** After an inverted or final cue only a time, an addressee or a place may follow: no new clause. */
  private static boolean endsClause(Sentence s, int i) {
    boolean inPhrase = false;
    for (int j = skipParticle(s, i); j < s.size(); j++) {
      Token t = s.token(j);
      // "“Go back,” Trump barked and a guard removed him": a new clause after "and"/"but"
      if (t.isPunct(",") || t.isPunct(";") || t.pos().equals("CC")) return true;
      // "“Really,” she added when the interviewer pressed her": a subordinate clause of the narrator's
      if (NARRATOR_CLAUSE.contains(t.lower())) return true;
      // "said in a statement issued/VBD later": a participle the tagger read as a past tense, right after a
      // preposition's plain object (not an auxiliary: "in line with what the audience had hoped")
      boolean reducedRelative = inPhrase && t.pos().equals("VBD") && s.token(j - 1).isNoun()
          && !s.token(j - 1).isProperNoun() && !t.lemma().equals("have") && !t.lemma().equals("be")
          && (j + 1 >= s.size() || !s.token(j + 1).isVerb());
      if (isFiniteOrModal(t) && !reducedRelative || t.lower().equals("that") || t.isPunct(":")) return false;
      // inside a preposition's plain object: the preposition, then only determiners, adjectives and nouns
      String p = t.pos();
      inPhrase = p.equals("IN") && !SUBORDINATORS.contains(t.lower()) && !NARRATOR_CLAUSE.contains(t.lower())
          || inPhrase && (p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$") || p.startsWith("NN"));
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

  /**
   * The quotation right before {@code offset} when the tagger split it off as a sentence of its own: it ends in its
   * own "!" or "?" and opened its sentence. Not one closed by a full stop ("He mocked Rubio for …" after it is a
   * report of its own), nor one inside the sentence before (Reagan's "…: “Mr. Gorbachev, tear down this wall!”").
   */
  private static QuoteSpan splitOffQuote(String text, int offset, List<QuoteSpan> quotes) {
    QuoteSpan q = quoteEndingAt(text, offset, quotes);
    if (q == null) return null;
    String words = text.substring(q.start(), q.end()).stripTrailing();
    int i = q.open() - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    boolean opens = i < 0 || ".!?\n\"”’'".indexOf(text.charAt(i)) >= 0;
    return (words.endsWith("!") || words.endsWith("?")) && opens ? q : null;
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

  /**
   * The content before a comma or closing quotation mark that precedes the source ("X, Bruce stated"):
   * from the sentence start (or the end of an earlier reporting phrase) to that break.
   */
  private static Attribution contentBefore(Sentence s, int npFirst, int spkFirst, int spkLast, int v,
      boolean[] quoted) {
    int br = npFirst - 1;
    if (br < 1 || !isClauseBreak(s.token(br))) return null;
    // "…, trailing Marco Rubio, who ended his campaign": a relative clause says nothing of what
    // comes before its pronoun
    String head = s.token(spkFirst).pos();
    if (spkFirst == spkLast && (head.equals("WP") || head.equals("WDT"))) return null;
    int last = br - 1;
    if (s.token(br).isPunct(",") && br - 1 >= 0 && quoted[br - 1] && !quoted[br]) last = br - 1;
    // leading circumstance: "Asked about it, he said" has no content before the comma.
    int first = afterDiscourseMarker(s, quoted);
    // but a clause of its own may follow the circumstance: "As a woman, Ms. Malik likely raised less
    // suspicion, Mr. Verdery said" (the circumstance is part of what was said)
    // ("As a general rule, if a student's income is more than their debt, they shouldn't have trouble …, he
    // said": one circumstance after another, then the clause)
    if (SUBORDINATORS.contains(s.token(first).lower()) && !quoted[first]) {
      int comma = first;
      do {
        comma++;
        while (comma < last && !s.token(comma).isPunct(",")) comma++;
      } while (comma + 1 < last && SUBORDINATORS.contains(s.token(comma + 1).lower()) && !quoted[comma + 1]);
      if (comma >= last || !startsClause(s, comma + 1)) return null;
    }
    // "Trump asserted that France had lost its identity: “France is no longer France,” he claimed": after a
    // colon, only the quotation is what the source after it said
    if (last > 0 && quoted[last]) {
      int open = last;
      while (open > 0 && quoted[open - 1]) open--;
      if (open > 0 && s.token(open - 1).isPunct(":")) first = open;
    }
    boolean anyQuoted = false;
    for (int i = first; i <= last; i++) anyQuoted |= quoted[i];
    if (!anyQuoted && !hasFiniteVerb(s, first, last + 1) && !pastTenseReadAsParticiple(s, first, last + 1)) return null;
    if (last < first) return null;
    int start = s.token(first).begin();
    int end = s.token(last).end();
    return new Attribution(s.index(), spkFirst, spkLast, v, v, start, end, Attribution.Form.CONTENT_THEN_CUE);
  }

  /**
   * "hackers compromised/VBN 12 workstations": a past tense the tagger read as a participle, right after
   * its subject and with an object after it (a reduced relative, "a poll released in August", has none).
   */
  private static boolean pastTenseReadAsParticiple(Sentence s, int from, int to) {
    for (int i = Math.max(from, 1); i + 1 < to; i++) {
      Token t = s.token(i);
      if (!t.pos().equals("VBN")) continue;
      Token before = s.token(i - 1);
      String after = s.token(i + 1).pos();
      boolean subject = before.isNoun() && !before.pos().equals("POS") || before.pos().equals("PRP");
      boolean object = after.equals("DT") || after.equals("CD") || after.startsWith("NN") || after.equals("PRP$");
      if (subject && object) return true;
    }
    return false;
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
    // "But the point of those sanctions is …, Hennessey said, and with Clinton …": a whole clause before the source
    // and a conjunction after it; the clause after is the narrator's next one, not the rest of what was said
    // (not when quoted words follow: "Many of the visitors were older, she said, and “I had to step back …”" is hers)
    String next = s.token(comma + 1).lower();
    if ((next.equals("and") || next.equals("but")) && hasFiniteVerb(s, 0, phraseStart - 1)
        && !quotedBetween(quoted, comma + 1, s.size())) {
      return null;
    }
    return new Attribution(s.index(), np[0], np[1], v, v, s.token(afterDiscourseMarker(s, quoted)).begin(), s.end(),
        Attribution.Form.CONTENT_THEN_CUE);
  }

  /** Words that join a sentence to the one before it; PolNeAR leaves them out of what was said. */
  private static final Set<String> DISCOURSE_MARKERS = Set.of("but", "and", "still", "however", "meanwhile");

  /**
   * Where what was said starts in a sentence that opens with a conjunction or a linking adverb ("But the point of those
   * sanctions is …, Hennessey said", "Still, Cruz will be re-evaluating …, a source said"): after it. PolNeAR train
   * 151–840 leaves such a word out of an indirect content that starts before its cue 69 times and takes it in 25 times ("But"
   * 46 to 18, "And" 12 to 5, "Still," 6 to 1, "However," 3 to 0, "Meanwhile," 2 to 1); "Now," and "So" go the other way and
   * stay. 0 when the sentence opens otherwise.
   */
  private static int afterDiscourseMarker(Sentence s, boolean[] quoted) {
    // (mixed contents keep it slightly more often, "But" 3 to 3, "And" 0 to 2, but reading them alike measured better
    // on both train splits: one strict match more each)
    if (s.size() < 3 || quoted[0] || !DISCOURSE_MARKERS.contains(s.token(0).lower())) return 0;
    if (s.token(1).isPunct(",")) return 2;
    // "But" and "And" stand alone; "Still" and "However" are markers only with their comma ("Still more voters said …")
    String w = s.token(0).lower();
    return w.equals("but") || w.equals("and") ? 1 : 0;
  }

  /** A word that can open a noun phrase: a determiner, a possessive, a number, an adjective or a noun. */
  private static boolean opensNounPhrase(Token t) {
    String p = t.pos();
    return p.equals("DT") || p.equals("PRP$") || p.equals("CD") || p.startsWith("JJ") || p.startsWith("NN");
  }

  /** Words that may stand between a subject and its verb: "all command", "only want". */
  private static final Set<String> FLOATING = Set.of("all", "both", "each", "only", "also", "still");

  /**
   * "That, the commission said, “would be helpful …”", "An economic downturn, he said, “could be a good time …”": a
   * subject set off before the source and cue, whose predicate is the quotation after them. What was said is the whole
   * sentence (PolNeAR's content takes the subject in), as for an unquoted predicate ({@link #parenthetical}).
   * Not "Asked about it, Ryan said, “I …”": there the quotation has a subject of its own.
   */
  private static boolean subjectBeforeQuotedPredicate(Sentence s, int[] np, int afterCue, int contentFirst, boolean[] quoted) {
    int ps = phraseStart(np);
    if (ps < 2 || !s.token(ps - 1).isPunct(",") || quoted[ps - 1] || afterCue >= s.size() || !s.token(afterCue).isPunct(",")) {
      return false;
    }
    for (int i = 0; i < ps - 1; i++) if (quoted[i] || s.token(i).isVerb() || s.token(i).pos().equals("MD")) return false;
    int j = contentFirst;
    if (!quoted[j]) return false;
    while (j < s.size() && (isQuoteMark(s.token(j)) || s.token(j).pos().startsWith("RB") || FLOATING.contains(s.token(j).lower()))) j++;
    return j < s.size() && isFiniteOrModal(s.token(j));
  }

  /** Verbs that give something its name: after a comma and before a name they open an apposition, not a report. */
  private static final Set<String> NAMING = Set.of("call", "name", "dub", "title", "label", "know", "nickname");

  /**
   * "The contrast with Trump, said Doyle and others, would be clear …", "And Trump, said Sunshine, who remains
   * friendly with her former boss, doesn't forgive": cue v right after a comma that closes a subject with no verb of
   * its own, then its source and a comma (past a relative clause on the source), then the subject's verb. Null
   * otherwise.
   */
  private static Attribution invertedParenthetical(Sentence s, int v, boolean[] quoted) {
    if (v < 2 || !s.token(v - 1).isPunct(",") || hasFiniteVerb(s, 0, v - 1)) return null;
    // (not "His nonprofit group, called/VBD the Virginia Conservation Legacy Fund, will …": a name given)
    if (NAMING.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) return null;
    for (int i = 0; i < v; i++) if (quoted[i]) return null;
    int[] after = sourceAfter(s, v + 1);
    if (after == null) return null;
    int comma = after[1] + 1;
    if (comma >= s.size() || !s.token(comma).isPunct(",") || quoted[comma]) return null;
    int last = comma - 1;
    if (comma + 1 < s.size() && isRelativePronoun(s.token(comma + 1))) {
      do comma++; while (comma < s.size() && !(s.token(comma).isPunct(",") && !quoted[comma]));
    } else if (comma + 1 < s.size() && opensNounPhrase(s.token(comma + 1))) {
      // "said Doyle, a party strategist, would be …": past an apposition on the source (no verb of its own)
      int next = comma + 1;
      while (next < s.size() && !(s.token(next).isPunct(",") && !quoted[next]) && !isFiniteOrModal(s.token(next))) next++;
      if (next < s.size() && s.token(next).isPunct(",")) comma = next;
    }
    boolean verbFollows = comma + 1 < s.size()
        && (isFiniteOrModal(s.token(comma + 1)) || hasFiniteVerb(s, comma + 1, Math.min(s.size(), comma + 3)));
    if (!verbFollows) return null;
    return new Attribution(s.index(), after[0], last, v, v, s.begin(), s.end(), Attribution.Form.CONTENT_THEN_CUE);
  }

  /** Verbs that take an adjective of attitude before its clause: "is confident that", "made it clear that". */
  private static final Set<String> LINKING = Set.of("be", "become", "remain", "seem", "appear", "feel", "grow", "make");

  /**
   * "his supporters are optimistic [that he'll make a comeback]", "Republicans made clear [that …]": an
   * adjective with a that-clause after a linking verb is a report of its subject's belief or feeling,
   * whatever the adjective (PolNeAR train: "clear", "convinced", "worried", "confident", "aware" …).
   */
  private static Attribution adjectiveReport(Sentence s, int v, boolean[] quoted) {
    Token t = s.token(v);
    if (!t.pos().startsWith("JJ") || v + 2 >= s.size() || quoted[v + 1] || !s.token(v + 1).lower().equals("that")) return null;
    // not a relative clause ("a law that bans …")
    if (s.token(v + 2).isVerb() || s.token(v + 2).pos().equals("MD") || !hasFiniteVerb(s, v + 2, s.size())) return null;
    int j = v - 1;
    while (j > 0 && s.token(j).pos().startsWith("RB")) j--;
    if (j > 0 && s.token(j).lower().equals("it") && s.token(j - 1).lemma().equals("make")) j--;   // "made it clear"
    if (j < 1 || !s.token(j).isVerb() || !LINKING.contains(s.token(j).lemma().toLowerCase(Locale.ROOT))) return null;
    int[] np = sourceBefore(s, j);
    // "Fifty officials signed an open letter Monday making it clear that …": the letter speaks for its signers
    if (np != null && s.token(j).pos().equals("VBG") && issuedDocument(s, np)) np = sourceBefore(s, np[0] - 1);
    if (np == null) return null;
    return new Attribution(s.index(), np[0], np[1], j, v, s.token(v + 1).begin(), s.end(), Attribution.Form.SOURCE_CUE_CONTENT);
  }

  /**
   * "Caucus-goers were slightly more likely to say [they preferred Clinton]", "Republicans are more likely than
   * Democrats to say [that …]", "he was quick to point out [that …]": an adjective after a linking verb, with the
   * infinitive of a verb that mostly reports and its clause, is a report of the linking verb's subject (poll
   * findings are mostly written so). "It is fair to say that …" has no source ("it" is none).
   */
  private static Attribution adjectiveInfinitiveReport(Sentence s, int v, boolean[] quoted) {
    if (!s.token(v).pos().equals("VB") || v < 3 || !s.token(v - 1).lower().equals("to") || quoted[v - 1]) return null;
    if (!CueLexicon.shared().mostlyReports(s.token(v).lemma())) return null;
    int j = v - 2;
    // "more likely than Democrats to say": past the comparison
    for (int than = j; than > 0 && j - than < 6; than--) {
      if (s.token(than).lower().equals("than")) { j = than - 1; break; }
      if (s.token(than).isVerb() || s.token(than).isPunct(",")) break;
    }
    if (j < 2 || !s.token(j).pos().startsWith("JJ")) return null;
    int l = j - 1;
    while (l > 0 && (s.token(l).pos().startsWith("RB") || s.token(l).pos().equals("JJR"))) l--;
    if (!s.token(l).isVerb() || !LINKING.contains(s.token(l).lemma().toLowerCase(Locale.ROOT))) return null;
    int[] np = sourceBefore(s, l);
    int k = skipParticle(s, v + 1);
    int first = np == null ? -1 : complementStart(s, v, k, quoted, false);
    if (first < 0) return null;
    return new Attribution(s.index(), np[0], np[1], l, k - 1, s.token(first).begin(), s.end(),
        Attribution.Form.SOURCE_CUE_CONTENT);
  }

  private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "what", "why", "how", "who", "whom",
      "which", "when", "where");
  private static final Set<String> BEFORE_ASKED = Set.of("when", "after", "before", "while", "once", "if", "until");

  /**
   * "Asked if Trump's comments had rattled them, Ryan said …", "when asked about [concerns that …]",
   * "the actress was asked [if she'd ever been …]": a question put to someone, whose asker PolNeAR
   * leaves implicit unless "by" names one ("Asked by Stephanopoulos [to respond …]"). The content is
   * the question (after "about", from the question word or "to"), up to the main clause after a comma.
   * Active "he asked whether" is a plain report and not read here.
   */
  private static Attribution askedQuestion(Sentence s, int v, boolean[] quoted) {
    Token t = s.token(v);
    if (!t.lower().equals("asked") || !(t.pos().equals("VBN") || t.pos().equals("VBD"))) return null;
    int p = v - 1;
    while (p >= 0 && s.token(p).pos().startsWith("RB")) p--;
    boolean unnamedAsker = p < 0 || s.token(p).isPunct(",") || s.token(p).lemma().equals("be")
        || BEFORE_ASKED.contains(s.token(p).lower());
    if (!unnamedAsker) return null;
    int k = v + 1;
    int[] asker = null;
    if (k + 1 < s.size() && s.token(k).lower().equals("by")) {
      asker = sourceAfter(s, k + 1);
      if (asker == null) return null;
      k = asker[1] + 1;
    }
    int first = k;
    while (k < s.size() && s.token(k).pos().startsWith("RB")) k++;
    if (k + 1 >= s.size() || quoted[k]) return null;
    String w = s.token(k).lower();
    int cueLast = v;
    if (w.equals("about")) {
      cueLast = k;
      first = k + 1;
    } else if (!(QUESTION_WORDS.contains(w) || w.equals("to") && s.token(k + 1).pos().equals("VB"))) {
      return null;
    }
    int end = endOfFrontedPhrase(s, first, quoted);
    if (end <= s.token(first).begin()) return null;
    return new Attribution(s.index(), asker == null ? -1 : asker[0], asker == null ? -1 : asker[1], v, cueLast,
        s.token(first).begin(), end, Attribution.Form.SOURCE_CUE_CONTENT);
  }

  /**
   * The last token at or before i that is not an adverb, modal, negation or auxiliary "do"/"have":
   * where the subject of "has long been considered" or "don't seem" ends; -1 if none.
   */
  private static int pastAuxiliaries(Sentence s, int i) {
    while (i >= 0) {
      Token t = s.token(i);
      if (!(t.pos().startsWith("RB") || t.pos().equals("MD") || isNegator(t) || t.lemma().equals("do")
          || t.lemma().equals("have"))) {
        break;
      }
      i--;
    }
    return i;
  }

  /** Token v lies in the content of a report found before it in the sentence ("he said leaders appear …"). */
  private static boolean insideContent(Sentence s, int v, List<Attribution> found) {
    Token t = s.token(v);
    for (Attribution a : found) if (t.begin() >= a.contentStart() && t.end() <= a.contentEnd()) return true;
    return false;
  }

  /** Words that stand as the subject of "seem"/"appear" without being a noun phrase of their own. */
  private static final Set<String> RAISING_SUBJECTS = Set.of("it", "there", "who", "which", "what", "this", "that");

  /**
   * "The American economy seemed [impervious …]", "This seems [like a comparable moment]", "Republicans
   * don't seem [to take Sanders' argument seriously]", "it seems [the Democrats have too many …]": how
   * things seem is the writer's impression, a report with no source, whose content PolNeAR marks from the
   * subject through the complement (after an expletive "it", only what follows the verb). Forms the
   * reporting-clause rules read already ("seemed to acknowledge that …", whose source is the subject)
   * are left to them: a verb after "to" that PolNeAR train often marks as a cue.
   */
  private static Attribution raisingReport(Sentence s, int v, boolean[] quoted, List<Attribution> found) {
    Token t = s.token(v);
    if (quoted[v] || !t.isVerb() || !RAISING.contains(t.lemma().toLowerCase(Locale.ROOT))) return null;
    if (insideContent(s, v, found)) return null;   // "he said leaders appear …" stays his
    int k = v + 1;
    while (k < s.size() && s.token(k).pos().startsWith("RB")) k++;
    if (k + 1 >= s.size() || quoted[k]) return null;
    int p = pastAuxiliaries(s, v - 1);
    if (p < 0 || quoted[p]) return null;
    Token c = s.token(k);
    String w = c.lower();
    boolean toVerb = w.equals("to") && s.token(k + 1).pos().equals("VB");
    boolean expletive = s.token(p).lower().equals("it") && !toVerb;
    int start;
    if (RAISING_SUBJECTS.contains(s.token(p).lower())) {
      start = expletive ? v + 1 : p;
    } else {
      int[] np = nounPhraseEndingAt(s, p);
      if (np == null || !s.token(p).isNoun() && !s.token(p).pos().equals("PRP")) return null;
      start = phraseStart(np);
    }
    boolean complement;
    if (toVerb) {
      complement = CueLexicon.shared().share(s.token(k + 1).lemma()) < CueLexicon.MIN_SHARE;
    } else if (c.pos().startsWith("JJ") && s.token(k + 1).lower().equals("to") && k + 2 < s.size()
        && s.token(k + 2).pos().equals("VB")) {
      // "appeared more likely to describe her as …": the describing is theirs
      complement = CueLexicon.shared().share(s.token(k + 2).lemma()) < CueLexicon.MIN_SHARE;
    } else {
      complement = c.pos().startsWith("JJ") || c.pos().equals("VBN") || w.equals("like")
          || w.equals("as") && s.token(k + 1).lower().equals("if")
          || expletive && (w.equals("that") || startsClause(s, k));
    }
    if (!complement || start >= s.size()) return null;
    return new Attribution(s.index(), -1, -1, v, v, s.token(start).begin(), s.end(), Attribution.Form.SOURCE_CUE_CONTENT);
  }

  /** Verbs whose passive takes a bare noun or adjective as what is said of the subject. */
  private static final Set<String> SMALL_CLAUSE = Set.of("consider", "deem", "regard");
  private static final Set<String> RELATIVE_SUBJECTS = Set.of("that", "which", "who", "what");

  /**
   * Passives that report an expectation or a view without saying whose: "is expected to", "is seen
   * as", "was deemed". A closed grammatical class (verbs of belief and expectation that raise their
   * subject), not a list of "said" verbs.
   */
  private static final Set<String> PASSIVE_RAISING = Set.of("expect", "see", "consider", "know", "deem",
      "view", "believe", "think", "rumor", "project", "regard", "perceive");

  /**
   * "Clinton is expected to announce …", "Trump is widely seen as …": a report whose source is only
   * implied; PolNeAR marks the subject and the complement as its content, around the cue. When the
   * infinitive is itself a verb that mostly reports and has a clause after it ("she's expected to argue
   * that …"), the subject's own report comes with it. Empty when the verb is no such passive.
   */
  private static List<Attribution> passiveRaising(Sentence s, int v, boolean[] quoted) {
    Token t = s.token(v);
    if (!t.pos().equals("VBN") || !PASSIVE_RAISING.contains(t.lemma().toLowerCase(Locale.ROOT))) return List.of();
    int next = v + 1;
    while (next < s.size() && s.token(next).pos().startsWith("RB")) next++;
    if (next + 1 >= s.size() || quoted[next]) return List.of();
    String w = s.token(next).lower();
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    String np = s.token(next).pos();
    boolean complement = w.equals("to") && s.token(next + 1).pos().equals("VB") || w.equals("as")
        // "is known for its transparency", "is considered a top contender", "considered too risky"
        || lemma.equals("know") && w.equals("for")
        || SMALL_CLAUSE.contains(lemma) && (np.equals("DT") || np.startsWith("JJ") || np.startsWith("NN")
            || np.startsWith("RB") && next + 1 < s.size() && s.token(next + 1).pos().startsWith("JJ"));
    if (!complement) return List.of();
    int aux = v - 1;
    while (aux >= 0 && (s.token(aux).pos().startsWith("RB") || isNegator(s.token(aux)))) aux--;
    if (aux < 1 || !s.token(aux).lemma().equals("be") || quoted[aux - 1]) return List.of();
    // "has long been considered", "could be seen as": past the auxiliaries to the subject
    int last = pastAuxiliaries(s, aux - 1);
    if (last < 0 || quoted[last]) return List.of();
    // "a role that is expected to be filled by …": the relative pronoun stands for the subject
    int[] subject = RELATIVE_SUBJECTS.contains(s.token(last).lower()) ? new int[] {last, last}
        : nounPhraseEndingAt(s, last);
    if (subject == null) return List.of();
    Attribution implied = new Attribution(s.index(), -1, -1, aux, v, s.token(phraseStart(subject)).begin(), s.end(),
        Attribution.Form.SOURCE_CUE_CONTENT);
    int cue = next + 1;
    if (!w.equals("to") || !CueLexicon.shared().mostlyReports(s.token(cue).lemma()) || isRelativePronoun(s.token(subject[1]))
        || s.token(subject[1]).lower().equals("that")) {
      return List.of(implied);
    }
    int k = skipParticle(s, cue + 1);
    // a clause, not a plain object: "is expected to announce a rate rise" is only the implied report
    int first = complementStart(s, cue, k, quoted, false);
    if (first < 0) return List.of(implied);
    return List.of(implied, new Attribution(s.index(), subject[0], subject[1], cue, k - 1, s.token(first).begin(), s.end(),
        Attribution.Form.SOURCE_CUE_CONTENT));
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
    if (aux >= 0 && s.token(aux).lower().equals("as")) return reportedByAs(s, v, quoted);
    if (aux < 1 || !s.token(aux).lemma().equals("be")) return null;
    int[] src = sourceAfter(s, v + 2);
    if (src == null) return null;
    int first = 0;
    while (first < aux && s.token(first).pos().equals("CC")) first++;
    int last = aux - 1;
    while (last > first && (s.token(last).pos().equals("MD") || s.token(last).lemma().equals("have"))) last--;
    // "Jahangir said she was angered by the media": the passive is a clause inside another's; what it
    // reports starts after that clause's verb (and its "that"), not at the sentence's start
    // (the passive's own verb group, "will probably be", "has not been", stays out of the search)
    int own = last;
    while (own >= first && (s.token(own).pos().startsWith("RB") || s.token(own).pos().equals("MD")
        || s.token(own).lemma().equals("have") || s.token(own).lemma().equals("be"))) {
      own--;
    }
    for (int i = first; i <= own; i++) {
      if (!quoted[i] && isFiniteOrModal(s.token(i))) first = i + 1;
    }
    if (own >= first) last = own;
    if (first <= last && s.token(first).lower().equals("that")) first++;
    if (last < first) return null;
    return new Attribution(s.index(), src[0], src[1], v, v + 1, s.token(first).begin(), s.token(last).end(),
        Attribution.Form.CONTENT_THEN_CUE);
  }

  /**
   * "As reported by Western Journalism, investigators found …": what was reported is the main clause
   * after the source's comma (the passive twin of "As the Post reported, …").
   */
  private static Attribution reportedByAs(Sentence s, int v, boolean[] quoted) {
    int[] src = sourceAfter(s, v + 2);
    if (src == null) return null;
    int comma = src[1] + 1;
    while (comma < s.size() && comma - src[1] <= 6 && !s.token(comma).isPunct(",") && !isFiniteOrModal(s.token(comma))) {
      comma++;
    }
    if (comma + 1 >= s.size() || !s.token(comma).isPunct(",")) return null;
    if (!quoted[comma + 1] && !startsClause(s, comma + 1)) return null;
    return new Attribution(s.index(), src[0], src[1], v, v + 1, s.token(comma + 1).begin(), s.end(),
        Attribution.Form.SOURCE_CUE_CONTENT);
  }

  // ---- "according to X" ------------------------------------------------------------------------

  private static boolean isAccordingTo(Sentence s, int i) {
    return s.token(i).lower().equals("according") && i + 1 < s.size() && s.token(i + 1).lower().equals("to");
  }

  private static Attribution accordingTo(Sentence s, int i, boolean[] quoted) {
    int[] src = sourceAfterAccordingTo(s, i + 2);
    if (src == null) return null;
    // "according to a recent report by Bloomberg New Energy Finance", "an analysis from the Pew Research
    // Center": a nameless piece of work speaks for whoever made it
    int by = src[1] + 1;
    if (!hasName(s, src) && by + 1 < s.size() && Set.of("by", "from").contains(s.token(by).lower())) {
      int[] author = sourceAfter(s, by + 1);
      if (author != null) src = new int[] {src[0], author[1]};
    }
    int start;
    int end;
    // "According to X, content.", also after a colon or semicolon that opens a clause ("And it hasn't gone
    // unnoticed: According to recent polls, Trump holds only 14 percent …"): the content follows the comma
    boolean opensClause = i <= 1 || s.token(i - 1).isPunct(":") || s.token(i - 1).isPunct(";");
    if (opensClause) {
      int k = src[1] + 1;
      while (k < s.size() && !s.token(k).isPunct(",")) k++;
      if (k + 1 >= s.size()) return null;
      start = s.token(k + 1).begin();
      end = s.end();
    } else if (!hasFiniteVerb(s, 0, i) && src[1] + 2 < s.size() && s.token(src[1] + 1).isPunct(",")
        && hasFiniteVerb(s, src[1] + 2, s.size())) {
      // "Over the long term, according to the budget office, the rise in deficits is …": the sentence around it
      start = s.begin();
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

  // ---- "in a CNN poll" ----------------------------------------------------------------------------

  private static final Set<String> POLL_HEADS = Set.of("poll", "polls", "survey", "surveys", "average", "polling");

  /**
   * "In an early-October CBS News poll, [she led Mr. Sanders 56 percent to 32 percent]": PolNeAR counts a
   * poll as the source of what it found (60 times in train), the main clause after the comma. Only a
   * fronted phrase whose head is a poll, survey or polling average is read so: after a clause ("has a
   * slight lead in the polls") PolNeAR marks it in fewer than half of the train subset's cases.
   */
  private static Attribution pollFinding(Sentence s, int i, boolean[] quoted) {
    if (quoted[i] || !s.token(i).lower().equals("in")) return null;
    for (int lead = 0; lead < i; lead++) {   // only conjunctions and adverbs before it: "But in a poll, …"
      if (!(s.token(lead).pos().equals("CC") || s.token(lead).pos().startsWith("RB"))) return null;
    }
    int head = -1;
    for (int k = i + 1; k < s.size() && k - i <= 8 && head < 0; k++) {
      Token t = s.token(k);
      // "a poll station" is no poll
      if (t.isNoun() && POLL_HEADS.contains(t.lower()) && !(k + 1 < s.size() && s.token(k + 1).isNoun())) head = k;
      else if (!(t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("CD")
          || t.pos().equals("POS") || t.pos().equals("PRP$") || t.pos().equals("HYPH") || t.word().equals("/")
          || t.pos().startsWith("RB") || t.pos().equals("VBN"))) {
        break;
      }
    }
    if (head < 0) return null;
    int comma = head + 1;
    while (comma < s.size() && !s.token(comma).isPunct(",")) comma++;
    if (comma + 1 >= s.size() || !startsClause(s, comma + 1)) return null;
    return new Attribution(s.index(), i + 1, head, i, i, s.token(comma + 1).begin(), s.end(), Attribution.Form.POLL);
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
      if (quoted[v] || !(t.pos().equals("VBG") || participleReadAsNoun(s, v))) continue;
      // ", according to X" is a source, not a participle whose subject said X
      // the comma may sit inside a quotation closing just before: "“… Republican party,” claiming that"
      boolean afterComma = s.token(v - 1).isPunct(",")
          || v >= 2 && isQuoteMark(s.token(v - 1)) && s.token(v - 2).isPunct(",");
      if (isAccordingTo(s, v)) continue;
      // "the economy, including jobs and the minimum wage, should be …": a list inside a noun phrase, not a report
      if (afterComma && t.lower().equals("including") && verbAfterNextComma(s, v, quoted)) continue;
      int[] own = afterComma ? null : reducedRelativeSource(s, v);
      // "Gowdy released a statement highlighting …": a document someone put out speaks for its author;
      // "He sent a memo to The Post in April explaining …": a time explains nothing, the subject does
      boolean spent = own != null && (spentOn(s, own) || thingActedOn(s, own));
      boolean forSubject = own != null && (issuedDocument(s, own) || isTime(s.token(own[1])) || addressed(s, own));
      if (forSubject) own = null;
      boolean led = !afterComma && own == null && !forSubject && ledParticiple(s, v);
      if (!afterComma && own == null && !led && !forSubject) continue;
      int k = skipParticle(s, v + 1);
      int first = complementStart(s, v, k, quoted, false);
      // "A state law banning the practice is hurting …": in the sentence's subject, a bare clause
      // after the participle is the sentence itself ("Police receive 911 calls saying shots …" is not)
      // ("voters saying they want a ban" is: a nominative pronoun can only open a clause)
      if (first >= 0 && own != null && !hasFiniteVerb(s, 0, own[0]) && !quoted[first]
          && !s.token(first).lower().equals("that") && !s.token(first - 1).isPunct(":")
          && !NOMINATIVE.contains(s.token(first).lower())) {
        continue;
      }
      if (first < 0) {
        first = reportedObject(s, v, k, quoted);
        // "a state law banning fracking is hurting the economy": the phrase is a clause's subject
        if (first >= 0 && own != null && finiteVerbBeforeBreak(s, first, quoted)) continue;
      }
      if (first < 0) continue;
      int end = led ? endOfFrontedPhrase(s, first, quoted) : s.end();
      // a led participle inside a clause with a subject of its own goes with that clause ("When Trump launched
      // his campaign by talking about X, his critics …"), a fronted one with the main clause after it
      boolean fronted = led && end < s.end() && !hasFiniteVerb(s, 0, v);
      int[] src = spent ? nearestSubject(s, v, found, quoted)
          : own != null ? own
          : fronted ? mainSubjectAfter(s, end)
          : progressiveAcrossAside(s, v) ? sourceBefore(s, v)
          : led ? nearestSubject(s, v, found, quoted)
          : null;
      if (src == null && !fronted) src = subjectOf(s, v, found, quoted);
      out.add(new Attribution(s.index(), src == null ? -1 : src[0], src == null ? -1 : src[1], v, k - 1,
          s.token(first).begin(), end, afterComma ? Attribution.Form.PARTICIPLE : Attribution.Form.NESTED_PARTICIPLE));
    }
    return out;
  }

  /** The first comma after v is followed by a finite verb or modal: the phrase from v was an aside. */
  private static boolean verbAfterNextComma(Sentence s, int v, boolean[] quoted) {
    for (int i = v + 1; i + 1 < s.size(); i++) {
      if (quoted[i]) return false;
      if (s.token(i).isPunct(",")) return !quoted[i + 1] && isFiniteOrModal(s.token(i + 1));
    }
    return false;
  }

  /**
   * "she is, of course, making X": not a participle after a comma but a progressive split by an aside, whose
   * subject is its own clause's (not the source of an earlier report of the sentence).
   */
  private static boolean progressiveAcrossAside(Sentence s, int v) {
    int open = adverbAsideOpening(s, v - 1);
    return open > 0 && s.token(open - 1).isVerb() && s.token(open - 1).lemma().equals("be");
  }

  /**
   * "Mr. Putin likes surprises, as he did two years ago by announcing X": a led participle's subject is that
   * of the nearest clause before it with a subject of its own (not a relative clause's); null when none.
   * When that clause is what an earlier report says, the participle goes with the reporter: "Trump said the
   * deadlock has kept us safe before claiming …" claims for Trump, not for "the deadlock".
   */
  private static int[] nearestSubject(Sentence s, int v, List<Attribution> found, boolean[] quoted) {
    for (int later = v - 1; later > 0; later--) {
      if (quoted[later] || !isFiniteOrModal(s.token(later))) continue;
      int[] np = sourceBefore(s, later);
      // "Ryan, who surprised Trump by declaring …": the participle is in the relative clause, whose "who" is
      // its source (as PolNeAR marks it)
      if (np != null && np[0] == np[1] && isRelativePronoun(s.token(np[0])) && !commaBetween(s, later, v)) {
        return new int[] {np[0], np[1]};
      }
      if (np == null || np[0] > 0 && opensRelativeClause(s, np)) continue;
      for (Attribution f : found) {
        if (f.hasSpeaker() && f.cueLast() < np[0] && opensContent(s, f, np[0])) {
          return new int[] {f.speakerFirst(), f.speakerLast()};
        }
      }
      return new int[] {np[0], np[1]};
    }
    return null;
  }

  private static boolean commaBetween(Sentence s, int from, int to) {
    for (int i = from + 1; i < to; i++) if (s.token(i).isPunct(",")) return true;
    return false;
  }

  /** Token i is where f's reported clause begins, or its subject right after "that". */
  private static boolean opensContent(Sentence s, Attribution f, int i) {
    int first = s.tokenAt(f.contentStart());
    return i == first || i == first + 1 && s.token(first).lower().equals("that");
  }

  /** The phrase np is a relative clause's subject ("the law that critics say", "who said"). */
  private static boolean opensRelativeClause(Sentence s, int[] np) {
    return np[0] > 0 && (Set.of("WDT", "WP").contains(s.token(np[0] - 1).pos())
        || s.token(np[0] - 1).lower().equals("that")) || isRelativePronoun(s.token(np[0]));
  }

  /** "The board said, reasoning/NN that …": an -ing word between a comma and "that" is a participle. */
  private static boolean participleReadAsNoun(Sentence s, int v) {
    Token t = s.token(v);
    return t.pos().equals("NN") && t.lower().endsWith("ing") && s.token(v - 1).isPunct(",")
        && v + 1 < s.size() && s.token(v + 1).lower().equals("that");
  }

  private static final Set<String> NOMINATIVE = Set.of("he", "she", "they", "we", "i");

  /** Documents that carry their author's words ("a statement saying", "an open letter calling"). */
  private static final Set<String> DOCUMENTS = Set.of("statement", "letter", "release", "memo", "ad",
      "advertisement", "commercial", "email", "e-mail", "tweet", "video", "report", "story", "article", "op-ed",
      "editorial", "column", "message", "note", "post", "resolution", "petition", "brief", "filing", "lawsuit",
      "motion", "complaint", "bill", "transcript", "document", "speech", "remark", "response", "reply",
      "website", "site", "mailer", "flyer", "poster", "billboard", "pamphlet", "book", "robocall");

  /** Verbs by which someone puts a document out: its author is their subject. */
  private static final Set<String> ISSUING = Set.of("issue", "release", "put", "send", "post", "publish", "write",
      "draft", "run", "air", "place", "launch", "unveil", "deliver", "give", "file", "sign", "introduce", "pass",
      "adopt", "approve", "tweet", "share", "circulate", "distribute", "produce", "broadcast", "pen", "submit",
      "prepare", "make", "offer", "fire", "blast", "email");

  /**
   * "Black Lives Matter issued a statement saying …", "his office put out a statement saying …": the noun
   * phrase before the participle is a document that the verb before it issues, so the participle reports
   * for that verb's subject (PolNeAR marks the subject as source), not for the document.
   */
  private static boolean issuedDocument(Sentence s, int[] np) {
    if (!DOCUMENTS.contains(s.token(np[1]).lemma().toLowerCase(Locale.ROOT))) return false;
    int p = np[0] - 1;
    if (p > 0 && s.token(p).pos().equals("RP")) p--;    // "put out"
    return p >= 0 && s.token(p).isVerb() && ISSUING.contains(s.token(p).lemma().toLowerCase(Locale.ROOT));
  }

  /** Verbs whose plain object is whom one speaks to: "told the crowd", "asked Republican politicians". */
  private static final Set<String> SPEAKING_TO = Set.of("tell", "ask", "urge", "warn", "remind", "assure", "inform");

  /**
   * The quotation that closes right before a sentence opening with its source and a verb of speaking to someone,
   * whose object is only that someone ("“Why now?” Obama asked Republican politicians.", "“We will win!” she told
   * the crowd on Monday."): the sentence was split after the quotation's own "?" or "!". Null otherwise.
   */
  private static QuoteSpan quoteToAddressee(String text, Sentence s, int[] np, int v, int objectFirst, boolean modal,
      List<QuoteSpan> quotes) {
    if (modal || phraseStart(np) != 0 || !SPEAKING_TO.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) return null;
    int[] object = nounPhraseStartingAt(s, objectFirst);
    if (object == null || !endsClause(s, object[1] + 1)) return null;
    return quoteEndingAt(text, s.begin(), quotes);
  }

  /** Verbs by which one sends people a message: "emailed supporters saying …" is what the email said. */
  private static final Set<String> ADDRESSING = Set.of("email", "e-mail", "text", "message", "tweet", "write", "tell");

  /** Appeals made to people: "making a pitch to New York voters saying …" is the pitch-maker's. */
  private static final Set<String> APPEALS = Set.of("pitch", "appeal", "plea", "message", "letter", "note", "speech");

  private static boolean addressed(Sentence s, int[] np) {
    int p = np[0] - 1;
    if (p > 0 && s.token(p).lower().equals("to")) {
      p--;
      if (APPEALS.contains(s.token(p).lemma().toLowerCase(Locale.ROOT)) && s.token(p).isNoun()) return true;
    }
    return p >= 0 && s.token(p).isVerb() && ADDRESSING.contains(s.token(p).lemma().toLowerCase(Locale.ROOT));
  }

  /** What one spends or has trouble with before a participle that is the subject's act. */
  private static final Set<String> SPENT = Set.of("time", "hour", "day", "week", "month", "year", "minute",
      "moment", "effort", "energy", "problem", "trouble", "difficulty");

  /**
   * "Ayotte has spent nearly all of her time responding to …", "she seems to have no problem allowing …":
   * the time or the trouble does not act; the participle is the act of the clause's subject.
   */
  private static boolean spentOn(Sentence s, int[] np) {
    if (SPENT.contains(s.token(np[1]).lemma().toLowerCase(Locale.ROOT))) return true;
    // "Clinton spent much of the run-up to the Nevada caucuses portraying …": whatever was spent
    for (int i = np[0] - 1; i >= 0 && np[0] - i <= 8; i--) {
      Token t = s.token(i);
      if (t.isVerb() && SPENDING.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
      if (t.isPunct(",") || isFiniteOrModal(t) || t.isVerb()) return false;
    }
    return false;
  }

  private static final Set<String> SPENDING = Set.of("spend", "waste", "devote");

  /**
   * "Sanders opened a Rochester rally blasting Clinton", "Trump's campaign entered the talks believing …", "super PACs
   * bankrolled ads attacking Dewhurst": a thing that the clause's verb acts on right before the participle does not
   * speak; the participle is the act of the clause's subject, as PolNeAR marks it.
   */
  private static boolean thingActedOn(Sentence s, int[] np) {
    Token head = s.token(np[1]);
    if (!head.pos().equals("NN") && !head.pos().equals("NNS") || PersonNouns.contains(head.lower())) return false;
    // (no name in the phrase, the head included: "Trump's campaign", "a Fox News poll")
    for (int i = np[0]; i <= np[1]; i++) if (s.token(i).isPerson() || s.token(i).isOrganization()) return false;
    int p = np[0] - 1;
    if (p > 0 && s.token(p).pos().equals("RP")) p--;
    return p > 0 && s.token(p).isFiniteVerb() && !s.token(p).lemma().equals("be") && !s.token(p).lemma().equals("have")
        && !PERCEIVING.contains(s.token(p).lemma().toLowerCase(Locale.ROOT));
  }

  /** Verbs whose object does what the participle after it says: "He saw ads calling the deal a mistake". */
  private static final Set<String> PERCEIVING = Set.of("see", "watch", "hear", "notice", "find", "spot", "observe", "catch");

  /** Words that lead a participle phrase whose subject is the sentence's: "while commenting on X". */
  private static final Set<String> PARTICIPLE_LEADS =
      Set.of("while", "after", "before", "despite", "by", "without", "when");

  /** Prepositions whose noun phrase is where or how something was said, not who said it. */
  private static final Set<String> PLACE_OR_MEANS = Set.of("on", "at", "during", "through");

  /**
   * "a group backing Bush", "911 calls saying shots have been fired": a participle of a verb that
   * mostly reports ({@link CueLexicon}), right after a noun phrase, which is its source. Not a
   * participle after "is" (a cue verb of its own) nor one the sentence uses as its object.
   */
  private static int[] reducedRelativeSource(Sentence s, int v) {
    if (isCueVerb(s, v) || !CueLexicon.shared().reportsObject(s.token(v).lemma())) return null;
    int p = v - 1;
    if (p > 0 && s.token(p).pos().startsWith("RB") && !isNegator(s.token(p))) p--;   // "delegates formally nominating"
    Token prev = s.token(p);
    if (!prev.isNoun() || prev.pos().equals("POS")) return null;
    int[] np = nounPhraseEndingAt(s, p);
    if (np == null) return null;
    // "heard on a microphone telling", "at a rally chanting": a place or a means, not who
    // reports; "gave $10 million to a group backing Bush", "with O’Malley calling Trump a fascist" still
    // name them
    if (np[0] > 0 && PLACE_OR_MEANS.contains(s.token(np[0] - 1).lower())) return null;
    return new int[] {np[0], np[1]};
  }

  /**
   * "While commenting on the divide, Fallin said …", "after blasting the Report, Beck doubled down",
   * "by remembering Giffords": a participle of a verb that mostly reports, led by a preposition or
   * subordinator; its source is the sentence's subject.
   */
  private static boolean ledParticiple(Sentence s, int v) {
    if (isCueVerb(s, v) || !CueLexicon.shared().reportsObject(s.token(v).lemma())) return false;
    int p = v - 1;
    if (p > 0 && s.token(p).pos().startsWith("RB")) p--;   // "without specifically naming her"
    return PARTICIPLE_LEADS.contains(s.token(p).lower());
  }

  /** A finite verb outside quotation marks before the next comma, semicolon or dash from k. */
  private static boolean finiteVerbBeforeBreak(Sentence s, int k, boolean[] quoted) {
    for (int i = k; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.isPunct(",") || t.isPunct(";") || isDash(t)) return false;
      if (!quoted[i] && isFiniteOrModal(t)) return true;
    }
    return false;
  }

  /**
   * "While commenting on X, Governor Fallin said …": the subject of the main clause that follows a
   * fronted phrase (ending at char offset {@code end}); null when none is found.
   */
  private static int[] mainSubjectAfter(Sentence s, int end) {
    for (int f = 0; f < s.size(); f++) {
      if (s.token(f).begin() <= end || !isFiniteOrModal(s.token(f))) continue;
      int[] np = sourceBefore(s, f);
      return np == null ? null : new int[] {np[0], np[1]};
    }
    return null;
  }

  /**
   * Where a led participle's content ends: at the comma before the main clause when the phrase opens
   * the sentence ("After blasting X, Beck doubled down"), else at the sentence end.
   */
  private static int endOfFrontedPhrase(Sentence s, int first, boolean[] quoted) {
    for (int i = first + 1; i + 1 < s.size(); i++) {
      // ("…, de Blasio said": a name's lower-case particle, tagged as a preposition, opens the clause too)
      boolean particle = isNameParticle(s, i + 1) && startsClause(s, i + 2);
      if (s.token(i).isPunct(",") && !quoted[i] && (startsClause(s, i + 1) || particle)) return s.token(i).begin();
    }
    return s.end();
  }

  /**
   * a's source lies in the content of another report of the sentence: "Cruz warned that the incident could
   * foreshadow X, remarking that …" remarks for Cruz, not for "the incident".
   */
  private static boolean nestedIn(Sentence s, Attribution a, List<Attribution> found) {
    int at = s.token(a.speakerFirst()).begin();
    for (Attribution f : found) {
      // only a "that" clause: an untrimmed object's content still runs over the clauses joined after it ("Christie
      // unleashed attacks, and the governor tripped up Rubio by calling …")
      // ("Starr said Clinton's situation reminds him of …, explaining, “…”": a bare clause whose subject opens the
      // content is nested as well)
      // ("Comey cannot say that “…,” Lewandowski added, saying …": f lies inside what a reports, so a is the outer one)
      int fCue = s.token(f.cueFirst()).begin();
      boolean fInsideA = a.contentStart() <= fCue && fCue < a.contentEnd();
      if (f != a && !fInsideA && f.cueLast() < a.speakerFirst() && f.contentStart() <= at && at < f.contentEnd()
          && (startsWithThat(s, f) || s.tokenAt(f.contentStart()) == a.speakerFirst())) {
        return true;
      }
    }
    return false;
  }

  /** f's content, after its cue, opens with "that". */
  private static boolean startsWithThat(Sentence s, Attribution f) {
    int first = s.tokenAt(f.contentStart());
    return first > f.cueLast() && s.token(first).lower().equals("that");
  }

  /** Whether a found report's source follows a subordinator that opens the sentence ("When Trump suggested", "But when Hurt asked"). */
  private static boolean inFrontedSubordinate(Sentence s, Attribution a) {
    int sub = a.speakerFirst() - 1;
    if (sub < 0 || !SUBORDINATORS.contains(s.token(sub).lower())) return false;
    // (not "As Earnest explained, three taxes were postponed, depriving …" or "As Ruth Marcus puts it, Obama is …": what
    // a reporting verb after "as" reports is the main clause; "As Blumenthal spoke, the NRA was …" is a circumstance)
    boolean reportingAs = putsIt(s, a.cueFirst()) || CueLexicon.shared().mostlyReports(s.token(a.cueFirst()).lemma());
    if (s.token(sub).lower().equals("as") && reportingAs) return false;
    int lead = 0;
    while (lead < sub && (s.token(lead).pos().equals("CC") || s.token(lead).isPunct(","))) lead++;
    return lead == sub;
  }

  /** The subject of the first clause between from and v whose subject opens right after an unquoted comma; null if none. */
  private static int[] mainClauseSubject(Sentence s, int from, int v, boolean[] quoted) {
    for (int f = from + 1; f < v; f++) {
      if (quoted[f] || !isFiniteOrModal(s.token(f))) continue;
      int[] np = clauseSubject(s, f);
      if (np != null && np[0] > from && s.token(np[0] - 1).isPunct(",") && !quoted[np[0] - 1]) {
        return new int[] {np[0], np[1]};
      }
    }
    return null;
  }

  /**
   * The subject of a finite verb, for a participle after its clause: a source phrase, else "it" as the subject of a
   * main verb (not of "is", "has" or "seems"): "it declined, citing legal risks", "“…,” it now says, showing …" (a
   * company, a campaign or an ad). Null otherwise.
   */
  private static int[] clauseSubject(Sentence s, int verb) {
    int[] np = sourceBefore(s, verb);
    return np != null ? np : itSubject(s, verb);
  }

  private static int[] itSubject(Sentence s, int verb) {
    int k = verb - 1;
    while (k > 0 && s.token(k).pos().startsWith("RB")) k--;
    String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
    boolean plain = !AUXILIARY_LEMMAS.contains(lemma) && !lemma.equals("seem") && !lemma.equals("appear");
    return k >= 0 && plain && s.token(k).lower().equals("it") ? new int[] {k, k} : null;
  }

  private static final Set<String> POSSESSIVE_TAGS = Set.of("POS", "PRP$");

  /** The source of the nearest reporting clause before v, else the sentence's first source phrase. */
  private static int[] subjectOf(Sentence s, int v, List<Attribution> found, boolean[] quoted) {
    // the nearest clause before v ("Comey cannot say that “…,” Lewandowski added, saying …" is Lewandowski's)
    Attribution nearest = null;
    for (Attribution a : found) {
      // "He defended Blatter, who is under investigation, saying …": not a relative clause's "who"
      boolean relative = a.hasSpeaker() && a.speakerFirst() == a.speakerLast() && a.speakerFirst() > 0
          && isRelativePronoun(s.token(a.speakerFirst())) && s.token(a.speakerFirst() - 1).isPunct(",");
      // "Pence blamed the media for making an issue out of Trump's claim that …, saying …": a possessor of a
      // noun of saying is no clause's subject
      boolean possessor = a.hasSpeaker() && POSSESSIVE_TAGS.contains(s.token(a.speakerLast()).pos());
      if (a.cueFirst() < v && a.hasSpeaker() && !relative && !possessor && !nestedIn(s, a, found)
          && (nearest == null || a.cueFirst() > nearest.cueFirst())) {
        nearest = a;
      }
    }
    if (nearest != null && inFrontedSubordinate(s, nearest)) {
      // "When Trump suggested that …, Rubio fired back: “…,” referencing …", "when Hurt asked Norton to …, it
      // declined, citing …": a report inside a fronted subordinate clause is a circumstance; the participle
      // goes with the main clause after it, whose subject opens right after a comma
      int[] main = mainClauseSubject(s, nearest.cueLast() + 1, v, quoted);
      if (main != null) return main;
    }
    if (nearest != null) return new int[] {nearest.speakerFirst(), nearest.speakerLast()};
    // the narrator's verbs: "“We’ve had …,” Bill Eastland, wearing …, said" is not about "we"
    int verb = 0;
    // ("He will likely be able to … by citing X": a modal is the clause's verb too)
    while (verb < v && (quoted[verb] || !isFiniteOrModal(s.token(verb)))) verb++;
    // "The fracas erupted two months after the tycoon entered the race, calling them rapists": the
    // participle goes with the nearest clause before it that has a subject of its own (not a relative clause's)
    for (int later = v - 1; later > verb; later--) {
      if (quoted[later] || !s.token(later).isFiniteVerb()) continue;
      int[] np = clauseSubject(s, later);
      if (np != null && np[0] > 0 && !opensRelativeClause(s, np)) return new int[] {np[0], np[1]};
    }
    if (verb < v) {
      // "Erin Brockovich, the activist, endorsed Sanders, saying ...": through appositions and asides
      int[] np = clauseSubject(s, verb);
      if (np != null) return new int[] {np[0], np[1]};
      int k = skipBackward(s, verb - 1);
      np = k >= 0 ? nounPhraseEndingAt(s, k) : null;
      if (np != null) return np;
    }
    // the tagger misread the main verb ("endorsed/VBN") or the subject ("Blackwell/JJ"): a name before
    // the verb is the subject when nothing but its modifiers and asides comes before it
    for (int j = 0; j < verb && j <= 6; j++) {
      Token t = s.token(j);
      if (t.isPerson() || t.isOrganization()) {
        int last = j;
        while (last + 1 < verb && s.token(last + 1).ner().equals(t.ner())) last++;
        return new int[] {j, last};
      }
      // (past an opening adverb: "Instead, Fiorina opened/VBN by talking about …")
      boolean openingAdverb = t.isPunct(",") && j == 1 && s.token(0).pos().startsWith("RB");
      if (t.isPunct(",") && !openingAdverb || t.isVerb()) break;
    }
    return null;
  }

  // ---- "called for X", "his attacks on X", "critical of X" --------------------------------------

  /** Prepositions whose object can be what a word of saying or believing is about. */
  private static final Set<String> OBJECT_OF_SAYING = Set.of("of", "about", "on", "for", "with", "against", "at",
      "over", "to", "from", "by", "in", "into", "toward", "towards", "behind");

  /**
   * The learned key of a word and the preposition after it ("call for", "attack on", "critical of"), when token
   * v is an unquoted common noun, verb or adjective followed by such a preposition and a word: the shape
   * {@code scripts/train-cues} counts and {@link #prepositionalObjects} reads. Null otherwise.
   */
  public static String prepositionalCuePair(Sentence s, int v, List<QuoteSpan> quotes) {
    if (!prepositionalShape(s, v)) return null;
    return quotedTokens(s, quotes)[v] ? null : pairKey(s, v);
  }

  private static boolean prepositionalShape(Sentence s, int v) {
    if (v + 2 >= s.size()) return false;
    Token t = s.token(v);
    String pos = t.pos();
    boolean content = pos.equals("NN") || pos.equals("NNS") || pos.startsWith("VB") || pos.startsWith("JJ");
    return content && OBJECT_OF_SAYING.contains(s.token(v + 1).lower()) && !s.token(v + 2).isPunct(".")
        && !s.token(v + 2).isPunct(",") && !AUXILIARY_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  private static String pairKey(Sentence s, int v) {
    return s.token(v).lemma().toLowerCase(Locale.ROOT) + " " + s.token(v + 1).lower();
  }

  /**
   * "Trump called for a ban", "Clinton's attacks on Sanders", "Ryan has been critical of Trump": PolNeAR marks
   * the object of such a word and preposition as what was said or believed, and the learned table
   * ({@link CueLexicon#reportsPrepositionalObject}) tells "called for a ban" from "called for a meeting" on
   * average. The source is the word's possessor or its clause's subject; with neither, the report has none. Only
   * where no other report already reads this cue or this object.
   */
  private static List<Attribution> prepositionalObjects(Sentence s, boolean[] quoted, List<Attribution> found) {
    List<Attribution> out = new ArrayList<>();
    for (int v = 0; v < s.size(); v++) {
      if (quoted[v] || !prepositionalShape(s, v)
          || !CueLexicon.shared().reportsPrepositionalObject(pairKey(s, v))) {
        continue;
      }
      int first = v + 2;
      if (claimed(s, v, first, found) || negated(s, v)) continue;
      int end = prepositionalObjectEnd(s, first, quoted);
      if (end < first) continue;
      Attribution a = withSource(s, v, found, quoted, first, end);
      if (a != null) out.add(a);
    }
    return out;
  }

  /**
   * The report of word v with its source: none for a question put to the subject ("Trump was asked about X":
   * whoever asked is not named); the subject of the governing verb when a possessive pronoun only repeats it
   * ("Trump continued his attacks on", "Fiorina threw her support behind": PolNeAR marks the subject); else the
   * possessor ("Clinton's attacks on") or the governing verb's subject. Null, no report, when none is found.
   */
  private static Attribution withSource(Sentence s, int v, List<Attribution> found, boolean[] quoted, int first, int end) {
    int[] src = null;
    if (!askedOf(s, v)) {
      int[] possessor = possessorOf(s, v, quoted);
      int[] subject = governingSubject(s, v, found, quoted);
      src = possessor != null && !(subject != null && s.token(possessor[1]).pos().equals("PRP$")
          && agreesWith(s, possessor[1], subject)) ? possessor : subject;
      // no possessor and no governing verb: the phrase is more often a topic than a report (train 1–150: dropping
      // these keeps speaker accuracy; giving them the nearest clause's subject cost 0.003)
      if (src == null) return null;
    }
    return new Attribution(s.index(), src == null ? -1 : src[0], src == null ? -1 : src[1], v, v + 1,
        s.token(first).begin(), s.token(end).end(), Attribution.Form.PREPOSITIONAL_OBJECT);
  }

  /** A noun, or a present tense the tagger gave a word that a possessive or determiner shows to be a noun ("his attacks/VBZ on"). */
  private static boolean readAsNoun(Sentence s, int v) {
    Token t = s.token(v);
    if (t.isNoun()) return true;
    if (v == 0 || !(t.pos().equals("VBZ") || t.pos().equals("VBP"))) return false;
    String before = s.token(v - 1).pos();
    return before.equals("PRP$") || before.equals("DT") || before.equals("POS");
  }

  /** A possessive pronoun that can stand for the subject phrase: "his"/"her"/"its" a singular, "their" a plural. */
  private static boolean agreesWith(Sentence s, int pronoun, int[] subject) {
    String p = s.token(pronoun).lower();
    Token head = s.token(subject[1]);
    boolean plural = head.pos().endsWith("S") && head.isNoun() || Set.of("they", "we").contains(head.lower())
        || hasAnd(s, subject);
    if (p.equals("their") || p.equals("our")) return plural;
    return !plural && !Set.of("they", "we", "you").contains(head.lower());
  }

  private static boolean hasAnd(Sentence s, int[] np) {
    for (int i = np[0]; i <= np[1]; i++) if (s.token(i).lower().equals("and")) return true;
    return false;
  }

  /** A question put to the subject: "was asked about", "got pressed on", "being questioned about". */
  private static boolean askedOf(Sentence s, int v) {
    return isPassive(s, v) && ASKING.contains(s.token(v).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The subject of the verb that governs word v: v itself when a verb ("Trump called for"), else the verb before
   * its noun phrase ("Sanders launched attacks on", "Pope Francis, who preaches a message of": "who", as PolNeAR
   * marks it) or the linking verb before an adjective ("who are deeply skeptical of"). A participle after a comma
   * goes with the sentence's reporter. Null when no verb governs v.
   */
  private static int[] governingSubject(Sentence s, int v, List<Attribution> found, boolean[] quoted) {
    int g = v;
    if (readAsNoun(s, v)) {
      g = v - 1;
      while (g >= 0 && !quoted[g] && !s.token(g).isVerb() && !s.token(g).pos().equals("MD")
          && (s.token(g).pos().startsWith("JJ") || s.token(g).pos().startsWith("RB") || s.token(g).isNoun()
          || s.token(g).pos().equals("DT") || s.token(g).pos().equals("PRP$") || s.token(g).pos().equals("POS")
          || s.token(g).pos().equals("CD"))) {
        g--;
      }
      if (g < 0 || quoted[g] || !s.token(g).isVerb()) g = -1;
    }
    // "The rare accord calls/NNS on": a verb read as a plural noun right after the sentence's first noun phrase
    if (s.token(v).pos().equals("NNS") && v > 0 && s.token(v - 1).pos().equals("NN") && !quoted[v - 1]
        && !hasFiniteVerb(s, 0, v)) {
      int[] np = nounPhraseEndingAt(s, v - 1);
      if (np != null) return np;
    }
    // "the only powerful Democrat interested in", "voters worried about": an adjective after its noun
    if (s.token(v).pos().startsWith("JJ") && v > 0 && s.token(v - 1).isNoun() && !quoted[v - 1]) {
      int[] np = nounPhraseEndingAt(s, v - 1);
      if (np != null) return np;
    }
    if (g >= 0) {
      Token verb = s.token(g);
      if (verb.pos().equals("VBG") && g > 0 && s.token(g - 1).isPunct(",")) return subjectOf(s, g, found, quoted);
      int[] np = sourceBefore(s, g);
      // "I would spend many hours reflecting on": the time does not reflect
      if (np != null && verb.pos().equals("VBG") && spentOn(s, np)) np = nearestSubject(s, g, found, quoted);
      if (np == null && isCueVerb(s, g)) np = coordinatedSubject(s, g, quoted);
      if (np == null) np = plainSubjectBefore(s, g, quoted);
      if (np != null) return new int[] {np[0], np[1]};
    }
    return null;
  }

  /**
   * "The rare accord calls on", "Billionaires often disagree with", "no one's talking about": the noun phrase
   * right before a verb and its auxiliaries and adverbs, where the stricter source reading found none.
   */
  private static int[] plainSubjectBefore(Sentence s, int g, boolean[] quoted) {
    int j = g - 1;
    while (j > 0 && !quoted[j] && (s.token(j).pos().startsWith("RB") || s.token(j).pos().equals("MD")
        || isNegator(s.token(j)) || isReflexive(s.token(j))
        || s.token(j).isVerb() && AUXILIARY_LEMMAS.contains(s.token(j).lemma().toLowerCase(Locale.ROOT)))) {
      j--;
    }
    if (j < 0 || quoted[j]) return null;
    // "While many agreed with": a quantifier standing alone, whatever its tag
    if (QUANTIFIERS.contains(s.token(j).lower())) return new int[] {j, j};
    return nounPhraseEndingAt(s, j);
  }

  private static boolean isReflexive(Token t) {
    return t.pos().equals("PRP") && (t.lower().endsWith("self") || t.lower().endsWith("selves"));
  }

  /** A participle after a form of "be" or "get", adverbs apart: "was asked about", "got pressed on". */
  private static boolean isPassive(Sentence s, int v) {
    if (v == 0 || !s.token(v).pos().equals("VBN")) return false;
    int a = v - 1;
    while (a > 0 && s.token(a).pos().startsWith("RB")) a--;
    String lemma = s.token(a).lemma().toLowerCase(Locale.ROOT);
    return s.token(a).isVerb() && (lemma.equals("be") || lemma.equals("get"));
  }

  /**
   * "Witkoff did not reply to a question about …", "has not commented on the report": what someone did not say is
   * not a statement of theirs to score (a negator among the three words before the word). PolNeAR marks such
   * non-replies as the subject's reports; on train 1–150 leaving them out changed loose F1 by less than 0.001.
   */
  private static boolean negated(Sentence s, int v) {
    for (int i = v - 1; i >= 0 && v - i <= 3; i--) if (isNegator(s.token(i))) return true;
    return false;
  }

  /** Token v is already some report's cue or source, or a report's content already starts at token first. */
  private static boolean claimed(Sentence s, int v, int first, List<Attribution> found) {
    for (Attribution a : found) {
      if (a.cueFirst() <= v && v <= a.cueLast() || a.hasSpeaker() && a.speakerFirst() <= v && v <= a.speakerLast()
          || a.contentStart() == s.token(first).begin()) {
        return true;
      }
    }
    return false;
  }

  /** "his repeated attacks on", "Trump's call for": the possessor before the noun's modifiers, or null. */
  private static int[] possessorOf(Sentence s, int v, boolean[] quoted) {
    if (!readAsNoun(s, v)) return null;
    int p = v - 1;
    while (p > 0 && (s.token(p).pos().startsWith("JJ") || s.token(p).pos().equals("VBN")
        || s.token(p).pos().startsWith("RB") || s.token(p).pos().equals("NN"))) {
      p--;
    }
    if (p < 0 || quoted[p]) return null;
    if (s.token(p).pos().equals("PRP$") || s.token(p).pos().equals("POS")) return possessiveAt(s, p);
    // "renewed Republican calls for", "the Obama/Clinton calls for": a name or a capitalised adjective right before
    // the noun says whose calls they are (not an adjective opening the sentence, capitalised for that alone)
    int m = v - 1;
    if (m >= 0 && !quoted[m] && (s.token(m).isProperNoun() || s.token(m).pos().equals("JJ")
        && Character.isUpperCase(s.token(m).word().charAt(0)) && m > 0)) {
      int first = m;
      while (first > 0 && s.token(first - 1).isProperNoun() && !quoted[first - 1]) first--;
      return new int[] {first, m};
    }
    return null;
  }

  /** The closing parenthesis of a parenthesis of at most three words opening at i ("(R)", "(D-Calif.)"), or -1. */
  private static int shortParenthesisEnd(Sentence s, int i) {
    if (!(s.token(i).isPunct("(") || s.token(i).isPunct("-LRB-"))) return -1;
    for (int j = i + 1; j < s.size() && j - i <= 4; j++) {
      if (s.token(j).isPunct(")") || s.token(j).isPunct("-RRB-")) return j;
    }
    return -1;
  }

  private static final Set<String> EMBEDDED_QUESTION = Set.of("whether", "how", "what", "why");

  /** Words after which a prepositional object has ended: a new clause or a subordinate one begins. */
  private static final Set<String> OBJECT_ENDERS = Set.of("that", "which", "who", "whom", "whose", "because",
      "but", "when", "while", "after", "before", "since", "if", "as", "where", "although", "though", "unless", "until");

  /**
   * The last token of the object opening at {@code first}: up to a clause break, a finite verb, or a word that
   * opens another clause ("for a ban, which …", "for a ban because …"); a question word's clause runs to the
   * next break ("a broad outline for how he would deal with that"). Quoted words never end it. first - 1 when
   * the object is empty.
   */
  private static int prepositionalObjectEnd(Sentence s, int first, boolean[] quoted) {
    boolean clause = QUESTION_WORDS.contains(s.token(first).lower());
    int end = first - 1;
    for (int i = first; i < s.size() && i - first < 40; i++) {
      Token t = s.token(i);
      // "a question about whether Ukraine must cede land": the object's own clause
      if (!quoted[i] && EMBEDDED_QUESTION.contains(t.lower())) clause = true;
      if (!quoted[i]) {
        int close = shortParenthesisEnd(s, i);
        if (close > i) {   // "Gov. Rick Snyder (R) to resign"
          i = close;
          end = close;
          continue;
        }
        if (isClauseBreak(t) || t.isPunct(".") || t.isPunct(";") || t.isPunct(":") || t.isPunct("?")
            || t.isPunct("!") || t.isPunct("(") || t.isPunct(")") || t.isPunct("-LRB-") || t.isPunct("-RRB-")
            || isDash(t)) {
          break;
        }
        if (i > first && !clause && (isFiniteOrModal(t) || OBJECT_ENDERS.contains(t.lower()))) break;
        if (i > first && t.pos().equals("CC") && i + 1 < s.size() && isFiniteOrModal(s.token(i + 1))) break;
      }
      end = i;
    }
    // a quotation opening the object runs to its end; an open mark alone is no object
    while (end >= first && isQuoteMark(s.token(end))) end--;
    return end;
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
        if (b == a) continue;
        // "… highlighting top news tweets about the attacks": the object of a word and preposition lies inside
        // other reports without cutting them, unless it is a verb's, coordinated after them
        if (b.form() == Attribution.Form.PREPOSITIONAL_OBJECT && !s.token(b.cueFirst()).isVerb()) continue;
        // "Clinton decried [X] and highlighted her plans": the source's next report ends this one
        if (sameSourceNextPredicate(s, a, b)) {
          int and = s.token(b.cueFirst() - 1).begin();
          if (and > a.contentStart() && and < end) end = and;
          continue;
        }
        // "a woman asked for a photo and Clinton said, …": a report coordinated with this one, under a
        // source of its own, ends it before the conjunction
        int coordinator = coordinatedReportStart(s, a, b);
        if (coordinator >= 0) {
          if (coordinator < end) end = coordinator;
          continue;
        }
        if (b.form() == Attribution.Form.PREPOSITIONAL_OBJECT) continue;
        // "De Blasio, speaking on WOR710, called Trump …": a participle in the source's aside ends before the
        // source's own verb
        if (a.form() == Attribution.Form.PARTICIPLE && b.hasSpeaker() && b.speakerLast() < a.cueFirst()
            && b.cueFirst() > a.cueLast() && s.token(b.cueFirst()).begin() < end) {
          end = s.token(b.cueFirst()).begin();
          continue;
        }
        // "The judges who ruled that X could not implement their laws said …": a report inside another's source
        // phrase ends with that phrase
        if (a.hasSpeaker() && b.hasSpeaker() && b.speakerFirst() < a.speakerFirst() && a.speakerLast() <= b.speakerLast()
            && b.cueFirst() > b.speakerLast()) {
          end = Math.min(end, s.token(b.speakerLast()).end());
          continue;
        }
        // a report nested in the content ("The Post reports that her team said ...") stays inside it; a
        // one-word answer ("Asked whether …, 75 percent said yes") ends the question before it
        // ("Jahangir said [the plan was criticized by the media]": a passive report nested in the content)
        boolean nestedPassive = s.token(b.cueLast()).lower().equals("by") && s.token(b.cueFirst()).pos().equals("VBN")
            && b.contentStart() >= a.contentStart();
        if (nestedPassive) continue;
        boolean answer = b.contentEnd() - b.contentStart() <= 3 && b.contentStart() > a.contentStart();
        if ((b.form() == Attribution.Form.SOURCE_CUE_CONTENT || b.form() == Attribution.Form.NESTED_PARTICIPLE) && !answer) {
          continue;
        }
        // "… asserted that France had lost its identity: “France is no longer France,” he claimed": the
        // quotation after the colon is the later clause's
        if (b.form() == Attribution.Form.CONTENT_THEN_CUE && a.form() != Attribution.Form.CONTENT_THEN_CUE
            && b.contentStart() >= a.contentStart() && b.contentStart() < end && colonBefore(s, b.contentStart())) {
          end = b.contentStart();
          continue;
        }
        int cue = s.token(b.cueFirst()).begin();
        int source = b.hasSpeaker() ? s.token(b.speakerFirst()).begin() : cue;
        int phraseStart = source > a.contentStart() ? Math.min(source, cue) : cue;
        if (phraseStart > a.contentStart() && phraseStart < end) {
          end = phraseStart;
        }
      }
      int cut = subordinateCut(s, a, relativeCut(s, a, end));
      // before its cue the whole clause was said: "The program is hardly formal, but it has attracted a loyal
      // following, said Ms. Gil" (PolNeAR train, a contrast before the cue: the whole sentence 21 times, the part
      // after the conjunction 10, the part before it never)
      if (a.form() != Attribution.Form.CONTENT_THEN_CUE) cut = contrastCut(s, a.contentStart(), cut);
      end = trimEnd(s, a.contentStart(), cut);
      if (end - a.contentStart() >= 2) out.add(a.withContent(a.contentStart(), end));
    }
    return out;
  }

  /**
   * "Among those who said they cared most about honesty, most supported Sanders": a report in a
   * restrictive relative clause ("who" right after its noun) ends at the first comma after its
   * content starts, where the sentence's own clause goes on. Quoted words are never cut.
   */
  private static int relativeCut(Sentence s, Attribution a, int end) {
    if (!a.hasSpeaker() || a.speakerFirst() != a.speakerLast() || a.speakerFirst() == 0) return end;
    String pronoun = s.token(a.speakerFirst()).lower();
    // "Indiana politicians, who granted Carrier tax breaks, are furious at …": a relative clause between
    // commas ends at the comma where the main clause's verb goes on
    if ((pronoun.equals("who") || pronoun.equals("which")) && s.token(a.speakerFirst() - 1).isPunct(",")) {
      for (int i = a.cueLast() + 1; i + 1 < s.size(); i++) {
        Token t = s.token(i);
        if (t.begin() <= a.contentStart() || t.end() > end) continue;
        int next = i + 1;
        if (next + 1 < s.size() && s.token(next).pos().startsWith("RB")) next++;
        if (t.isPunct(",") && !insideQuote(s, i) && isFiniteOrModal(s.token(next))) return t.begin();
      }
      return end;
    }
    if (!pronoun.equals("who") || s.token(a.speakerFirst() - 1).isPunct(",")) return end;
    for (int i = a.cueLast() + 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.begin() <= a.contentStart() || t.end() > end) continue;
      if (t.isPunct(",") && !insideQuote(s, i)) return t.begin();
    }
    return end;
  }

  /**
   * Where a's content ends when b is a report of another source joined to a by "and" or "but" ("A
   * asked for X and Clinton said …"): at the conjunction, or at a comma before it. A report nested in
   * the content never follows a conjunction directly ("said that Clinton said"). -1 when b is not one.
   */
  private static int coordinatedReportStart(Sentence s, Attribution a, Attribution b) {
    if (b.form() != Attribution.Form.SOURCE_CUE_CONTENT || !b.hasSpeaker() || b.speakerFirst() < 2
        || b.speakerFirst() <= a.cueLast() || a.speakerFirst() == b.speakerFirst()) {
      return -1;
    }
    int c = b.speakerFirst() - 1;
    String w = s.token(c).lower();
    if (!w.equals("and") && !w.equals("but")) return -1;
    if (s.token(c).begin() <= a.contentStart() || s.token(c).begin() >= a.contentEnd() || insideQuote(s, c)) return -1;
    // "… is “complex” and he feels he can win": a verb that reports less than half the time more often
    // goes on with what a said (train 1–150)
    if (!CueLexicon.shared().mostlyReports(s.token(b.cueFirst()).lemma())) return -1;
    if (w.equals("and") && endsNounList(s, a.contentStart(), c)) return -1;
    return s.token(c - 1).isPunct(",") ? s.token(c - 1).begin() : s.token(c).begin();
  }

  /**
   * "wrote that the title, history and text of the law showed …": the "and" at c closes a list of nouns ("A, B and"),
   * so what follows it is the list's last member, and the report after it has the whole list as its subject: nested
   * in the content, not coordinated with it.
   */
  private static boolean endsNounList(Sentence s, int contentStart, int c) {
    int k = c - 1;
    while (k >= 0 && s.token(k).begin() >= contentStart && !s.token(k).isPunct(",")) {
      Token t = s.token(k);
      if (!(t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("CD"))) return false;
      k--;
    }
    return k > 0 && k < c - 1 && s.token(k).isPunct(",") && s.token(k).begin() > contentStart && s.token(k - 1).isNoun();
  }

  private static boolean colonBefore(Sentence s, int offset) {
    for (int i = s.size() - 1; i > 0; i--) {
      if (s.token(i).begin() == offset) return s.token(i - 1).isPunct(":");
    }
    return false;
  }

  /**
   * b is a's source's next predicate: the same source, and b's cue follows "and" inside a's content.
   * The content then ends before that "and".
   */
  private static boolean sameSourceNextPredicate(Sentence s, Attribution a, Attribution b) {
    if (!a.hasSpeaker() || a.speakerFirst() != b.speakerFirst() || a.speakerLast() != b.speakerLast()) return false;
    int c = b.cueFirst();
    return c > a.cueLast() && c > 0 && s.token(c - 1).lower().equals("and") && s.token(c).begin() > a.contentStart();
  }

  /**
   * "After Bill Clinton claimed that the era of big government was over, Obama won": a report inside
   * a subordinate clause ends where the clause does, at the comma before the main clause.
   */
  private static int subordinateCut(Sentence s, Attribution a, int end) {
    if (!a.hasSpeaker() || a.form() != Attribution.Form.SOURCE_CUE_CONTENT) return end;
    if (inLeadingSubordinateClause(s, a.cueFirst())) return openingClauseCut(s, a, end);
    int first = a.speakerFirst();
    while (first > 0 && !SUBORDINATORS.contains(s.token(first - 1).lower())
        && (s.token(first - 1).isNoun() || s.token(first - 1).pos().equals("DT") || s.token(first - 1).pos().startsWith("JJ"))) {
      first--;
    }
    if (first == 0 || !SUBORDINATORS.contains(s.token(first - 1).lower()) || s.token(first - 1).lower().equals("as")) {
      return end;
    }
    for (int i = a.cueLast() + 1; i + 1 < s.size(); i++) {
      Token t = s.token(i);
      if (t.begin() < a.contentStart() || t.end() > end) continue;
      if (t.isPunct(",") && !insideQuote(s, i) && startsClause(s, i + 1)) return t.begin();
    }
    return end;
  }

  /**
   * Any report in a clause that opens the sentence with a subordinator ends at that clause's comma, a nested one
   * too: "While Trump affirmed that he likes Cruz, he also stated …". That comma is the first after the cue with a
   * main clause after it ("…, whose support …", "…, who died Sunday, …" are relative clauses); a content that starts
   * after a comma is the main clause itself and is not cut ("As Breitbart News reported, even on Friday morning, the
   * White House was …").
   */
  private static int openingClauseCut(Sentence s, Attribution a, int end) {
    for (int i = a.cueLast() + 1; i + 1 < s.size(); i++) {
      Token t = s.token(i);
      if (!t.isPunct(",")) continue;
      if (t.begin() < a.contentStart()) return end;
      if (insideQuote(s, i) || isRelativePronoun(s.token(i + 1)) || !startsClause(s, i + 1)) continue;
      return t.end() <= end ? t.begin() : end;
    }
    return end;
  }

  private static final Set<String> CONTRAST = Set.of("but", "though", "although", "while", "whereas",
      "despite");

  /**
   * "..., but still lost the election", "..., despite the polls": the narrator’s own clause after a
   * comma and a contrasting conjunction, or after a semicolon, is not part of what was
   * reported; nor is a second predicate of the source ("said A, and accused B", "said A and added
   * B"). Quoted words are never cut.
   */
  private static int contrastCut(Sentence s, int start, int end) {
    for (int i = 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.begin() <= start || t.end() > end) continue;
      Token prev = s.token(i - 1);
      boolean cut = prev.isPunct(",") && CONTRAST.contains(t.lower()) || t.isPunct(";")
          || secondPredicate(s, i) || predicateAfterObject(s, start, i);
      if (cut && !insideQuote(s, i)) return prev.isPunct(",") ? prev.begin() : t.begin();
    }
    return end;
  }

  /**
   * "and" opening the source's next predicate: ", and accused …", or without the comma a second
   * report ("and added that …").
   */
  private static boolean secondPredicate(Sentence s, int i) {
    if (i + 1 >= s.size()) return false;
    Token next = s.token(i + 1);
    // "said that he would offer a prayer but did not suggest …": "but" and a verb with no subject of its own
    if (s.token(i).lower().equals("but")) return next.isFiniteVerb() || next.pos().equals("MD");
    if (!s.token(i).lower().equals("and")) return false;
    // the tagger often reads "accused" after "and" as a participle; "and signed by" is a passive
    boolean pastParticiple = next.pos().equals("VBN") && !(i + 2 < s.size() && s.token(i + 2).lower().equals("by"));
    if (!next.isFiniteVerb() && !pastParticiple) return false;
    if (s.token(i - 1).isPunct(",")) return true;
    int k = i + 2;
    return k < s.size() && (s.token(k).lower().equals("that") || isQuoteMark(s.token(k)) || startsClause(s, k));
  }

  /**
   * "endorsed [Trump] last week and has appeared at his rallies": content with no verb of its own (an
   * object) ends before "and" with a finite verb, the source's next predicate.
   */
  private static boolean predicateAfterObject(Sentence s, int start, int i) {
    if (!s.token(i).lower().equals("and") || i + 1 >= s.size() || !isFiniteOrModal(s.token(i + 1))) return false;
    for (int j = 0; j < i; j++) {
      Token u = s.token(j);
      if (u.begin() >= start && (isFiniteOrModal(u) || isQuoteMark(u))) return false;
    }
    return true;
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
