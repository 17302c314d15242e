package org.quotestance.speakers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.nlp.Token;
import org.quotestance.quotes.Attribution;
import org.quotestance.quotes.Quotation;

/**
 * Where a speaker is resolved: from the source phrase of each quotation's reporting clause to a
 * canonical name. Names go to their fullest form in the article; pronouns to the last named speaker
 * (or, failing that, the last person named) a few sentences back; titles and roles ("the Ukrainian
 * president") to the named person who carries that title; organisations to their name; plain nouns
 * ("officials", "a source") stay unknown. Continuing quotations take the speaker they continue.
 */
public final class SpeakerResolver {

  /** How far back a pronoun may reach for its person, in sentences. */
  private static final int PRONOUN_REACH = 4;

  private final TaggedText doc;
  private final ArticlePeople people;
  private final CanonicalNames names;

  public SpeakerResolver(TaggedText doc, ArticlePeople people, CanonicalNames names) {
    this.doc = doc;
    this.people = people;
    this.names = names;
  }

  /** One speaker per quotation, in the same order. */
  public List<Speaker> resolve(List<Quotation> quotations) {
    List<Speaker> out = new ArrayList<>(quotations.size());
    // {first sentence, index in out, last sentence} of the clauses and words of speakers with a person name
    List<int[]> named = new ArrayList<>();
    for (Quotation q : quotations) {
      Speaker sp;
      if (q.clause() != null && q.clause().hasSpeaker()) {
        sp = fromClause(q.clause(), out, quotations, named);
      } else if (q.inheritsFrom() >= 0 && q.inheritsFrom() < out.size()) {
        sp = out.get(q.inheritsFrom());
      } else {
        sp = Speaker.UNKNOWN;
      }
      out.add(sp);
      // a word and preposition's object ("his message of …") is a weak turn: later pronouns keep the last speaker.
      // Where the speaker's words end counts too: see pronoun(). A continuation carries its speaker on.
      boolean turn = q.clause() != null ? q.clause().form() != Attribution.Form.PREPOSITIONAL_OBJECT : q.inheritsFrom() >= 0;
      if (sp.canonical() != null && turn) {
        int end = lastSentenceOf(q);
        int from = q.clause() != null ? q.clause().sentence() : end;
        named.add(new int[] {Math.min(from, end), out.size() - 1, Math.max(from, end)});
      }
    }
    // a quotation may continue one that comes after it in the paragraph
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      if (q.clause() == null && q.inheritsFrom() > i) out.set(i, out.get(q.inheritsFrom()));
    }
    return out;
  }

  /** The index of the sentence holding the quotation's last character. */
  private int lastSentenceOf(Quotation q) {
    Sentence s = doc.sentenceAt(Math.max(q.start(), q.end() - 1));
    return s == null ? -1 : s.index();
  }

  private Speaker fromClause(Attribution a, List<Speaker> sofar, List<Quotation> qs, List<int[]> named) {
    Sentence s = doc.sentences().get(a.sentence());
    int first = a.speakerFirst();
    int last = a.speakerLast();
    // a phrase that runs over a dash keeps what follows it: "WASHINGTON — Sen. Chuck Grassley" (a dateline),
    // "… much labor history — Frank", "… in Brooklyn -Mrs. Clinton said" (a hyphen standing alone is a dash too)
    for (int i = last - 1; i > first; i--) {
      if (s.token(i).isDash() || s.token(i).word().equals("-")) { first = i + 1; break; }
    }
    String mention = doc.text().substring(s.token(first).begin(), s.token(last).end());
    int ms = s.token(first).begin();
    int me = s.token(last).end();
    String canonical = canonicalOf(s, first, last, named, sofar);
    if (canonical == null) canonical = namedAfter(me, s.end(), s.token(a.cueFirst()).begin());
    return new Speaker(mention, ms, me, canonical);
  }

  private static final java.util.regex.Pattern NAMED_AFTER = java.util.regex.Pattern.compile(
      "^,?\\s*(?:who (?:goes|went) by the name|who is called|named|called|known as)\\s+[\u201C\"]?"
          + "(\\p{Lu}[\\p{L}\\p{N}'\\-]+(?: \\p{Lu}[\\p{L}\\p{N}'\\-]+)*)");

  /**
   * "a homeless man who goes by the name “Shorty”", "The program, called EB-5,": the name the phrase itself gives.
   * Not when "called" is the clause's own verb: "the band leader called Democratic bigwigs to the stage".
   */
  private String namedAfter(int from, int sentenceEnd, int cueBegin) {
    java.util.regex.Matcher m = NAMED_AFTER.matcher(doc.text().substring(from, sentenceEnd));
    if (!m.find()) return null;
    boolean theCue = cueBegin >= from && cueBegin < from + m.start(1);
    return theCue ? null : names.canonical(m.group(1));
  }

  private String canonicalOf(Sentence s, int first, int phraseLast, List<int[]> named, List<Speaker> sofar) {
    int last = headEnd(s, first, phraseLast);
    // a person named in the phrase: the last name in it ("Kremlin spokesman Dmitry Peskov"), unless it only
    // qualifies a person noun after it ("one Clinton aide", "a senior Cruz adviser": the aide, not Clinton)
    for (int i = last; i >= first; i--) {
      ArticlePeople.Mention m = people.at(s.index(), i);
      if (m == null) continue;
      if (!qualifiesPersonNoun(s, i, last)) return names.canonical(m.fullName());
      break;
    }
    Token head = s.token(last);
    if (head.pos().equals("PRP")) return pronoun(s, head, head.lower(), named, sofar);
    // "his call for", "her attacks on": the possessor's person, as for the subject pronoun
    if (head.pos().equals("PRP$") && POSSESSIVE_TO_SUBJECT.containsKey(head.lower())) {
      return pronoun(s, head, POSSESSIVE_TO_SUBJECT.get(head.lower()), named, sofar);
    }
    if ((head.lower().equals("who") || head.lower().equals("which")) && first == last && first >= 2) {
      // "Trump, who says ...", "the AP report, which notes ...": the name before the comma
      ArticlePeople.Mention m = people.at(s.index(), first - 2);
      if (m != null) return names.canonical(m.fullName());
      if (s.token(first - 2).isOrganization()) return names.canonical(organisation(s, first - 2, first - 2));
      m = antecedentBeforeApposition(s, first - 2);
      return m == null ? null : names.canonical(m.fullName());
    }
    if (head.isOrganization()) {
      // "Bloomberg criticized …" in an article that names Michael Bloomberg: a speaker is a person before a company
      String org = organisation(s, first, last);
      ArticlePeople.Mention person = org.contains(" ") ? null : people.bySurname(org);
      return names.canonical(person != null ? person.fullName() : org);
    }
    // "a top aide", "A spokeswoman for Janney": an indefinite phrase introduces someone, it names no one known
    if (head.pos().equals("NN") && Character.isLowerCase(head.word().charAt(0))
        && !INDEFINITE.contains(s.token(first).lower())) {
      Set<String> mods = new HashSet<>();
      for (int i = first; i < last; i++) {
        Token t = s.token(i);
        if (t.isNoun() || t.pos().startsWith("JJ")) mods.add(Demonyms.key(t.word()));
      }
      ArticlePeople.Mention m = people.byRole(head.lower(), mods, s.token(first).begin());
      if (m != null) return names.canonical(m.fullName());
    }
    // a surname the tagger did not see as a name, as in transcript labels ("WALLACE:")
    ArticlePeople.Mention bySurname = people.bySurname(head.word());
    return bySurname == null ? null : names.canonical(bySurname.fullName());
  }

  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some", "any", "several");

  /** Nouns for a person's side rather than a person: "the Trump campaign" speaks for Trump. */
  private static final Set<String> SIDE = Set.of("campaign", "camp", "team");

  /**
   * Whether the name ending at token {@code nameLast} only qualifies a noun for a person after it in the phrase:
   * "Clinton aide", "Clinton's spokesman", "Sanders supporters" (not "Clinton's apology", which is hers, nor "the Trump
   * campaign", whose side speaks for him).
   */
  private static boolean qualifiesPersonNoun(Sentence s, int nameLast, int last) {
    for (int i = nameLast + 1; i <= last; i++) {
      Token t = s.token(i);
      // an apposition, an aside or another conjunct follows ("Bush and his rivals")
      if (t.isPunct(",") || t.isPunct("-") || t.isDash() || t.pos().equals("-LRB-") || t.pos().equals("CC")) return false;
      boolean commonNoun = (t.pos().equals("NN") || t.pos().equals("NNS")) && Character.isLowerCase(t.word().charAt(0));
      if (commonNoun && PersonNouns.contains(t.word()) && !SIDE.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /**
   * "said Robert Stone, a 59-year-old from Hilton Head, South Carolina, who …": the person named before
   * the appositions that stand between a non-restrictive "who" and its antecedent. The search goes back
   * from {@code from} and stops at a verb, so it never leaves the noun phrase that ends at the comma.
   */
  private ArticlePeople.Mention antecedentBeforeApposition(Sentence s, int from) {
    for (int i = from; i >= 0; i--) {
      ArticlePeople.Mention m = people.at(s.index(), i);
      if (m != null) return m;
      Token t = s.token(i);
      if (t.isVerb() || t.pos().equals("MD") || t.pos().startsWith("W")) return null;
    }
    return null;
  }

  /** Works that come "from" their author ("a poll from Monmouth University"), unlike people ("an aide from Ohio"). */
  private static final Set<String> WORKS = Set.of("report", "analysis", "study", "poll", "survey", "data", "tally",
      "count", "estimate", "statement", "memo", "letter", "release", "review", "projection", "figure", "calculation");

  /**
   * The head of a source phrase ends before its first preposition: "A spokeswoman [for Hillary
   * Clinton]" is a spokeswoman, not Clinton; a name that runs on ("Commission on Presidential
   * Debates", tagged as one organisation) is kept whole. It ends before a relative pronoun too: "Those [who
   * support Trump]" are not Trump. A piece of work runs on to its author: "a report by [the AP]".
   */
  static int headEnd(Sentence s, int first, int last) {
    for (int i = first + 1; i < last; i++) {
      Token t = s.token(i);
      if (t.pos().equals("WP") || t.pos().equals("WDT")) return i - 1;
      if (!t.pos().equals("IN")) continue;
      // "a recent report by Bloomberg New Energy Finance", "a report from the SITE Intelligence Group": a piece of
      // work speaks for its author
      Token before = s.token(i - 1);
      boolean work = before.pos().startsWith("NN") && !before.isProperNoun() && (t.lower().equals("by")
          || t.lower().equals("from") && WORKS.contains(before.lemma().toLowerCase(Locale.ROOT)));
      if (work) return last;
      boolean insideName = !s.token(i - 1).ner().equals("O") && s.token(i - 1).ner().equals(s.token(i + 1).ner());
      boolean insideTitle = t.lower().equals("of") && titleBeforeName(s, first, i, last);
      if (!insideName && !insideTitle) return i - 1;
    }
    return last;
  }

  /**
   * "Secretary of State Marco Rubio", "former Secretary of State Hillary Clinton": "of" at {@code of} inside a
   * capitalised title that a person's name follows, with only capitalised words, determiners and adjectives before it
   * (not "Senator Ted Cruz of Texas and Senator Rand Paul", "The unexpected death Saturday of Justice Antonin Scalia").
   */
  private static boolean titleBeforeName(Sentence s, int first, int of, int last) {
    Token before = s.token(of - 1);
    if (!before.isProperNoun() || before.isPerson() || !s.token(of + 1).isProperNoun()) return false;
    for (int i = first; i < of; i++) {
      Token t = s.token(i);
      boolean lower = Character.isLowerCase(t.word().charAt(0));
      if (lower && !(t.pos().equals("DT") || t.pos().startsWith("JJ"))) return false;
    }
    // (the name is the title's holder, not a possessor: "CEO of Donald Trump's campaign")
    for (int i = of + 1; i <= last; i++) {
      if (!s.token(i).isPerson()) continue;
      int end = i;
      while (end + 1 <= last && s.token(end + 1).isPerson()) end++;
      return end + 1 > last || !s.token(end + 1).pos().equals("POS");
    }
    return false;
  }

  private static final Map<String, String> POSSESSIVE_TO_SUBJECT = Map.of("his", "he", "her", "she", "my", "i");

  /** "he", "she", "I": the last named speaker within reach, else the last person named before it. */
  private String pronoun(Sentence s, Token pronoun, String w, List<int[]> named, List<Speaker> sofar) {
    if (!(w.equals("he") || w.equals("she") || w.equals("i"))) return null;
    for (int k = named.size() - 1; k >= 0; k--) {
      int[] n = named.get(k);
      if (n[0] > s.index()) continue; // named after the pronoun
      // a speaker whose words end right before the pronoun's sentence is its speaker however long they ran: after a
      // long quote, "he added" is still its speaker, not a name inside it; otherwise the reach counts from the naming
      boolean wordsJustBefore = n[2] >= s.index() - 1;
      if (!wordsJustBefore && s.index() - n[0] > PRONOUN_REACH) break;
      Speaker earlier = sofar.get(n[1]);
      String person = fullNameOf(earlier);
      // "he" and "she" are people: when the last speaker is "Yahoo News" or "Congress", whom the article names as no
      // person, the pronoun is the person named last rather than an earlier speaker
      if (person.isEmpty() && !w.equals("i")) break;
      if (people.agrees(person, w)) return earlier.canonical();
    }
    ArticlePeople.Mention m = people.lastBefore(pronoun.begin(), w);
    if (m != null && s.index() - m.sentence() <= PRONOUN_REACH) return names.canonical(m.fullName());
    return null;
  }

  /** The article's full name behind a resolved speaker (the mention it was resolved from). */
  private String fullNameOf(Speaker sp) {
    for (ArticlePeople.Mention m : people.mentions()) {
      if (sp.canonical() != null && sp.canonical().equals(names.canonical(m.fullName()))) return m.fullName();
    }
    return "";
  }

  private static String organisation(Sentence s, int first, int last) {
    int i = first;
    while (i <= last && !s.token(i).isOrganization()) i++;
    StringBuilder b = new StringBuilder();
    for (; i <= last; i++) {
      if (b.length() > 0) b.append(' ');
      b.append(s.token(i).word());
    }
    return b.toString();
  }
}
