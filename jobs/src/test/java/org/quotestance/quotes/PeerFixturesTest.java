package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotestance.eval.FixtureCheck;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;
import org.quotestance.speakers.ArticlePeople;
import org.quotestance.speakers.CanonicalNames;
import org.quotestance.speakers.Speaker;
import org.quotestance.speakers.SpeakerResolver;

/**
 * Small cases from other projects' test suites and bug reports (textacy, CoreNLP): each expected
 * quotation must be found, with the expected speaker mention or canonical speaker where given, and
 * a case that expects no quotation (a title, scare quotes) must yield no direct or partial quote.
 */
class PeerFixturesTest {

  static Stream<Arguments> fixtures() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = PeerFixturesTest.class.getResourceAsStream("/peer-fixtures.json")) {
      JsonNode all = new ObjectMapper().readTree(in);
      int i = 0;
      for (JsonNode f : all) {
        out.add(Arguments.of(i++, f.get("text").asText(), f.get("expected"), f.get("note").asText()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "fixture {0}")
  @MethodSource("fixtures")
  void fixture(int index, String text, JsonNode expected, String note) {
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    List<Quotation> qs = QuotationFinder.find(doc);
    List<Speaker> sp = new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(qs);
    String got = describe(text, qs, sp);
    List<FixtureCheck.Found> found = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      found.add(new FixtureCheck.Found(qs.get(i).start(), qs.get(i).end(), qs.get(i).kind().label(),
          sp.get(i).mention(), sp.get(i).canonical()));
    }
    assertTrue(FixtureCheck.passes(text, expected, found), "expected " + expected + " (" + note + "); got " + got);
  }

  private static String describe(String text, List<Quotation> qs, List<Speaker> sp) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < qs.size(); i++) {
      b.append(String.format("%n  %s [%s|%s] %s", qs.get(i).kind(), sp.get(i).mention(), sp.get(i).canonical(),
          text.substring(qs.get(i).start(), qs.get(i).end())));
    }
    return b.toString();
  }
}
