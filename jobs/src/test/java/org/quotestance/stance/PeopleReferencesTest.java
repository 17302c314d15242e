package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;
import org.quotestance.speakers.ArticlePeople;
import org.quotestance.speakers.CanonicalNames;

/** Which people a quotation touches without naming them in full. */
class PeopleReferencesTest {

  @Test
  void aPronounInTheQuoteIsThePersonNamedBeforeIt() {
    assertEquals(List.of("He -> Donald Trump", "him -> Donald Trump"),
        refs("Ruth Bader Ginsburg spoke of Donald Trump on Monday. \u201CHe has no consistency about him,\u201D she said.",
            "He has no consistency about him", "Ruth Bader Ginsburg"));
  }

  @Test
  void aRoleIsThePersonWhoHoldsIt() {
    assertEquals(List.of("president -> Barack Obama"),
        refs("President Barack Obama spoke first. Michael Steele said: \u201CIt was the president who was trying to be cute.\u201D",
            "It was the president who was trying to be cute.", "Michael Steele"));
  }

  @Test
  void aPronounForTheSpeakerIsNoTargetButTheirOwnIIs() {
    assertEquals(List.of("I -> Mike Pence"),
        refs("Mike Pence spoke in Indiana. \u201CI abhor discrimination, and he knows it,\u201D Pence said.",
            "I abhor discrimination, and he knows it,", "Mike Pence"));
  }

  private static List<String> refs(String text, String quote, String speaker) {
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    int qs = text.indexOf(quote);
    CanonicalNames names = CanonicalNames.defaults();
    List<String> out = new ArrayList<>();
    for (PeopleReferences.Reference r : PeopleReferences.find(doc, ArticlePeople.of(doc), qs, qs + quote.length(), qs,
        qs + quote.length(), names.canonical(speaker), names::canonical)) {
      out.add(text.substring(r.begin(), r.end()) + " -> " + r.person());
    }
    return out;
  }
}
