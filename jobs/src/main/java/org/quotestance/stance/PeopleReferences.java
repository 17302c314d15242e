package org.quotestance.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.ArticlePeople;

/**
 * Which people a quotation refers to without naming them in full, so that its stance toward them can
 * be scored: a surname the tagger did not see as a name ("what is behind Trump, this false prophet"),
 * a role the article gave someone ("It was the president who was trying to be cute"), and a third
 * person pronoun in the quoted words ("He has no consistency about him"), resolved to the last person
 * named before it that the pronoun can stand for, and the speaker's own "I" and "my" ("I abhor
 * discrimination": how speakers present themselves). A third person pronoun whose nearest person is
 * the speaker is left alone: the quote does not clearly refer to anyone else.
 */
public final class PeopleReferences {

  /** How far back, in sentences, a pronoun in a quotation may reach for its person. */
  private static final int PRONOUN_REACH = 3;

  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "myself");

  private PeopleReferences() {}

  /** A person referred to in the article text at [begin, end), by canonical name. */
  public record Reference(String person, int begin, int end) {}

  /**
   * The references in [from, to) of the article to people named elsewhere in it. Pronouns count only
   * inside the quotation [quoteStart, quoteEnd): outside it, "he said" is the speaker.
   */
  public static List<Reference> find(TaggedText doc, ArticlePeople people, int from, int to, int quoteStart,
      int quoteEnd, String speaker, java.util.function.UnaryOperator<String> canonical) {
    List<Reference> out = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    for (ArticlePeople.Mention m : people.mentions()) {
      String[] w = m.fullName().split(" ");
      if (w.length >= 2) surnames.add(w[w.length - 1]);
    }
    for (Sentence s : doc.sentences()) {
      if (s.end() <= from || s.begin() >= to) continue;
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        if (t.begin() < from || t.end() > to || t.isPerson()) continue;
        ArticlePeople.Mention person = null;
        if (surnames.contains(t.word())) {
          person = people.bySurname(t.word());
        } else if (t.pos().equals("NN") && Character.isLowerCase(t.word().charAt(0)) && i > 0
            && s.token(i - 1).pos().equals("DT")) {
          person = people.byRole(t.lower(), Set.of(), t.begin());
        } else if (t.pos().startsWith("PRP") && t.begin() >= quoteStart && t.end() <= quoteEnd) {
          person = pronounPerson(people, s, t, speaker, canonical);
        }
        // "I", "my" in the quoted words: the speaker presenting themselves ("I abhor discrimination")
        if (person == null && speaker != null && FIRST_PERSON.contains(t.lower()) && t.begin() >= quoteStart
            && t.end() <= quoteEnd) {
          out.add(new Reference(speaker, t.begin(), t.end()));
          continue;
        }
        if (person == null) continue;
        String name = canonical.apply(person.fullName());
        if (name == null || name.equals(speaker)) continue;
        out.add(new Reference(name, t.begin(), t.end()));
      }
    }
    return out;
  }

  private static ArticlePeople.Mention pronounPerson(ArticlePeople people, Sentence s, Token t,
      String speaker, java.util.function.UnaryOperator<String> canonical) {
    String w = t.lower();
    String as = switch (w) {
      case "he", "him", "his", "himself" -> "he";
      case "she", "her", "hers", "herself" -> "she";
      default -> null;
    };
    if (as == null) return null;
    ArticlePeople.Mention m = people.lastBefore(t.begin(), as);
    if (m == null || s.index() - m.sentence() > PRONOUN_REACH) return null;
    String name = canonical.apply(m.fullName());
    return name == null || name.equals(speaker) ? null : m;
  }
}
