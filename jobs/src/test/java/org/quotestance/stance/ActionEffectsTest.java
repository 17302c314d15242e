package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;

/** Proposed acts on a target decide its stance; reported facts and neutral objects do not. */
class ActionEffectsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an act that brings about its object | The meeting will focus on restoring relations with Moscow.       | relations   | favor
      an act that ends its object         | Both sides agreed to halt the talks for a month.                 | talks       | against
      a causative's bare verb              | They agreed to have their teams start negotiations immediately.  | negotiations | favor
      leaving a bad thing behind           | They agreed to leave behind that abnormal period in relations.  | relations   | favor
      an outcome its predicate denies      | The talks would yield no results without Ukraine.               | talks       | against
      a reported fact is no proposal       | Trump ended the talks last week.                                 | talks       | none
      an outcome that is not denied        | The talks would yield results soon.                              | talks       | none
      a neutral object around the target   | They agreed to start a new chapter in relations.                | relations   | none
      """)
  void effects(String name, String text, String mention, String expected) {
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    int b = text.indexOf(mention);
    List<ActionEffects.Effect> got = ActionEffects.of(doc, 0, text.length(),
        List.of(new TargetMention("target", b, b + mention.length())), 0);
    assertEquals(expected, got.isEmpty() ? "none" : got.get(0).label(), name + ": " + got);
  }
}
