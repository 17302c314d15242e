package org.quotestance.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotestance.article.Article;
import org.quotestance.speakers.CanonicalNames;
import org.quotestance.stance.SelfPresentation;
import org.quotestance.stance.StanceCall;
import org.quotestance.stance.Targets;
import org.quotestance.support.SeedArticle;

/** Stance as the whole per-article pipeline gives it: the reporter's attitude words and topic targets. */
class ArticleAnalyzerStanceTest {

  private static List<QuoteRecord> seed;

  @BeforeAll
  static void analyzeSeed() {
    seed = analyze(new Article(SeedArticle.ID, SeedArticle.text(), null, null, null, null, "seed")).quotes();
  }

  /**
   * The seed's stances as a reader sees them (issue 4, Deliver 5). The reporter's words carry the attitude even
   * where the quoted words alone do not ("there is not even a thought"), and in the machine-reworded prose
   * ("dominated out" for "ruled out"); proposed and agreed acts decide the rest (stance/ActionEffects). An empty
   * speaker takes the first quote with the words; an empty evidence is not checked.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Lavrov against giving up territory    | the likelihood that Moscow would cede                         | -            | territorial concessions | against | bluntly dominated out
      Lavrov against giving up territory    | there is not even a thought                                   | -            | territorial concessions | against | bluntly dominated out
      Lavrov against a seat for Europe      | I don’t know what they have to do at the negotiations table.  | -            | Europe                  | against | was dismissive
      Zelenskyy against talks without Kyiv  | yield no results                                              | -            | US–Russia talks         | against | would “yield no results
      Peskov for restoring relations        | restoring the entire range                                    | -            | US–Russia relations     | favor   | -
      Peskov for talks                      | restoring the entire range                                    | -            | US–Russia talks         | favor   | -
      Trump for negotiations                | start negotiations immediately                                | Donald Trump | US–Russia talks         | favor   | start negotiations
      Lavrov for leaving the abnormal period behind | leave behind that absolutely abnormal period          | -            | US–Russia relations     | favor   | -
      """)
  void seedStance(String reading, String words, String speaker, String target, String label, String evidence) {
    QuoteRecord q = seed.stream().filter(r -> r.text().contains(words) && (speaker == null || speaker.equals(r.speaker())))
        .findFirst().orElseThrow(() -> new AssertionError("no quote with " + words));
    StanceCall c = call(q, target);
    assertEquals(label, c.label(), reading + ": " + c);
    if (evidence != null) assertEquals(evidence, c.evidence(), reading);
  }

  @Test
  void lavrovsDismissalIsAboutEuropesRoleNotTheTalks() {
    assertFalse(call(row("I don\u2019t know what they have to do"), "US\u2013Russia talks").evidence()
        .contains("dismissive"));
  }

  @Test
  void aPlainReportingVerbDecidesNothing() {
    for (QuoteRecord q : seed) {
      for (StanceCall c : q.stance()) {
        assertFalse(List.of("stated", "advised", "additionally insisted").contains(c.evidence()), q + " " + c);
      }
    }
  }

  @Test
  void aQuoteThatNamesNoOneIsAboutTheHeadlinesPeople() {
    String text = "President Barack Obama signed the health law in 2010.\n"
        + "Mitt Romney spoke to voters in Ohio on Tuesday.\n"
        + "\u201CIt is a shameful, disgraceful failure that has hurt millions of families,\u201D Romney said.\n"
        + "\u201CPresident Obama has failed the country,\u201D Romney added.";
    List<QuoteRecord> rows = analyze(new Article("topic", text, null, "Romney attacks Obama over health law", null,
        null, "test")).quotes();
    QuoteRecord disaster = rows.stream().filter(q -> q.text().startsWith("It is a shameful")).findFirst().orElseThrow();
    StanceCall c = call(disaster, "Barack Obama");
    assertEquals(StanceCall.TOPIC, c.basis());
    assertEquals("against", c.label(), c.toString());
    assertEquals("topic: headline", c.evidence());
    assertTrue(disaster.stance().stream().noneMatch(s -> s.target().equals("Mitt Romney")), "never the speaker");

    QuoteRecord failed = rows.stream().filter(q -> q.text().startsWith("President Obama")).findFirst().orElseThrow();
    assertTrue(failed.stance().stream().allMatch(s -> s.basis().equals(StanceCall.MENTION)),
        "a quote that names someone gets no topic calls: " + failed.stance());
  }

  @Test
  void whereAQuoteWasSaidDoesNotCountAsWhomItNames() {
    String said = "President Barack Obama signed the health law in 2010.\n"
        + "\u201CIt is a shameful, disgraceful failure that has hurt millions of families,\u201D Mitt Romney told"
        + " Fox News on Tuesday.";
    // a run of two pieces holds the clause inside its span, though not in its quoted words
    for (String text : List.of(said, said + " \u201CIt must go.\u201D")) {
      QuoteRecord q = romneyOnTheHealthLaw(text);
      assertTrue(text.equals(said) || q.text().endsWith("It must go."), "one row of two pieces: " + q.text());
      assertEquals(StanceCall.TOPIC, call(q, "Barack Obama").basis(), q.text() + " " + q.stance());
    }
  }

  /** The model read "abhor" as Pence against Pence; a speaker's own "I" is self-presentation (stance/SelfPresentation). */
  @Test
  void aSpeakersOwnIIsSelfPresentationInTheirFavour() {
    String text = "Indiana Gov. Mike Pence defended the law on Tuesday.\n\n"
        + "\u201CI abhor discrimination,\u201D Pence said.";
    QuoteRecord q = analyze(new Article("pence", text, null, null, null, null, "test")).quotes().stream()
        .filter(r -> r.text().contains("abhor")).findFirst().orElseThrow();
    assertEquals("Mike Pence", q.speaker());
    StanceCall self = call(q, "Mike Pence");
    assertEquals("favor", self.label(), self.toString());
    assertEquals(SelfPresentation.EVIDENCE, self.evidence());
  }

  @Test
  void partyLettersAreNoTargets() {
    String text = "\u201CThis is a historic day for the country,\u201D Rep. Nancy Pelosi (D-Calif.) said.";
    QuoteRecord q = analyze(new Article("letters", text, null, null, null, null, "test")).quotes().get(0);
    assertTrue(q.stance().stream().noneMatch(s -> s.target().length() < 2), q.stance().toString());
  }

  @Test
  void withoutAHeadlineThereAreNoTopicCalls() {
    assertTrue(seed.stream().flatMap(q -> q.stance().stream()).noneMatch(s -> s.basis().equals(StanceCall.TOPIC)));
  }

  /** The quote starting "It is" of an article headlined "Romney attacks Obama over health law". */
  private static QuoteRecord romneyOnTheHealthLaw(String text) {
    return analyze(new Article("romney", text, null, "Romney attacks Obama over health law", null, null, "test"))
        .quotes().stream().filter(r -> r.text().startsWith("It is")).findFirst().orElseThrow();
  }

  private static AnalyzedArticle analyze(Article a) {
    return new ArticleAnalyzer(Targets.defaults(), CanonicalNames.defaults()).analyze(a);
  }

  private static QuoteRecord row(String words) {
    return seed.stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with " + words));
  }

  private static StanceCall call(QuoteRecord q, String target) {
    StanceCall c = q.stance().stream().filter(s -> s.target().equals(target)).findFirst().orElse(null);
    assertNotNull(c, "no call on " + target + " in " + q);
    return c;
  }
}
