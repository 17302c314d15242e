package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;
import org.quotestance.speakers.ArticlePeople;
import org.quotestance.speakers.CanonicalNames;
import org.quotestance.speakers.Speaker;
import org.quotestance.speakers.SpeakerResolver;
import org.quotestance.support.SeedArticle;
import org.quotestance.support.SeedArticle.Gold;

/**
 * The quality floor on the seed article, without Spark: every spoken quote and reported statement
 * of the gold is found with its canonical speaker, and the scare quote is nobody's speech.
 */
class SeedAttributionTest {

  private static String text;
  private static List<Quotation> found;
  private static List<Speaker> speakers;

  @BeforeAll
  static void analyseSeed() {
    text = SeedArticle.text();
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    found = QuotationFinder.find(doc);
    speakers = new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(found);
  }

  private static List<String> misses(boolean indirect) {
    List<String> misses = new ArrayList<>();
    for (Gold g : SeedArticle.gold()) {
      if (g.speaker() == null || g.kind().equals("indirect") != indirect) continue;
      boolean hit = false;
      boolean right = false;
      for (int i = 0; i < found.size(); i++) {
        Quotation q = found.get(i);
        if (!SeedArticle.looseMatch(q.start(), q.end(), g.start(), g.end())) continue;
        hit = true;
        right |= SeedArticle.surname(speakers.get(i).canonical()).equals(SeedArticle.surname(g.speaker()));
      }
      if (!right) misses.add((hit ? "wrong speaker: " : "not found: ") + g.speaker() + " " + g.quote());
    }
    return misses;
  }

  @Test
  void allTwelveSpokenQuotesWithTheirSpeakers() {
    assertEquals(List.of(), misses(false));
  }

  @Test
  void allThirteenReportedStatementsWithTheirSpeakers() {
    assertEquals(List.of(), misses(true));
  }

  @Test
  void theScareQuoteIsNotWitkoffs() {
    Gold scare = SeedArticle.gold().stream().filter(g -> g.kind().equals("scare")).findFirst().orElseThrow();
    for (int i = 0; i < found.size(); i++) {
      Quotation q = found.get(i);
      if (SeedArticle.looseMatch(q.start(), q.end(), scare.start(), scare.end())) {
        assertTrue(!"witkoff".equals(SeedArticle.surname(speakers.get(i).canonical())), "given to Witkoff");
      }
    }
  }

  @Test
  void kindsFollowTheMarks() {
    // "“The presidents agreed …,” Lavrov stated." is direct; Peskov's clause with a quote is partial.
    assertEquals(Quotation.Kind.DIRECT, kindAt(text.indexOf("The presidents agreed")));
    assertEquals(Quotation.Kind.PARTIAL, kindAt(text.indexOf("restoring the entire range")));
    assertEquals(Quotation.Kind.INDIRECT, kindAt(text.indexOf("the assembly is geared")));
  }

  @Test
  void directQuoteContentExcludesTheMarks() {
    int start = text.indexOf("The presidents agreed");
    Quotation q = found.stream().filter(x -> x.start() == start).findFirst().orElseThrow();
    assertEquals('\u201C', text.charAt(q.start() - 1));
    assertEquals('\u201D', text.charAt(q.end()));
  }

  private static Quotation.Kind kindAt(int offset) {
    return found.stream().filter(q -> q.start() <= offset && q.end() > offset).findFirst().orElseThrow().kind();
  }
}
