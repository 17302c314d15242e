package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;
import org.quotestance.speakers.ArticlePeople;
import org.quotestance.speakers.CanonicalNames;

/** Whom an article is about, by its headline. */
class TopicTargetsTest {

  private static final String TEXT = "Paul Ryan spoke in Ohio. Bryan Smith, a voter, listened.";

  @Test
  void theHeadlinesPeopleByWholeSurname() {
    assertEquals(List.of("Paul Ryan"), topics("Ryan goes on offense over Medicare"));
    assertEquals(List.of(), topics("O'Bryan and the voters"), "a surname inside another word is not it");
  }

  @Test
  void noHeadlineNoTopic() {
    assertEquals(List.of(), topics(null));
    assertEquals(List.of(), topics(" "));
  }

  @Test
  void neverTheSpeakerAndAtMostThree() {
    List<String> all = List.of("Paul Ryan", "Joe Biden", "Barack Obama", "Mitt Romney");
    assertEquals(List.of("Joe Biden", "Barack Obama", "Mitt Romney"), TopicTargets.forSpeaker(all, "Paul Ryan"));
    assertEquals(List.of("Paul Ryan", "Joe Biden", "Barack Obama"), TopicTargets.forSpeaker(all, null));
  }

  private static List<String> topics(String title) {
    TaggedText doc = LinguisticPipeline.shared().tag(TEXT);
    return TopicTargets.of(doc, ArticlePeople.of(doc), title, CanonicalNames.defaults()::canonical);
  }
}
