package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
    if (expected.isEmpty()) {
      assertTrue(qs.stream().noneMatch(q -> q.kind() != Quotation.Kind.INDIRECT), "expected no quotation; got " + got);
      return;
    }
    for (JsonNode e : expected) {
      assertTrue(matchesOne(text, e, qs, sp), "expected " + e + " (" + note + "); got " + got);
    }
  }

  static boolean matchesOne(String text, JsonNode e, List<Quotation> qs, List<Speaker> sp) {
    int cs = -1;
    int ce = -1;
    if (e.has("content")) {
      String c = strip(e.get("content").asText());
      cs = text.indexOf(c);
      ce = cs + c.length();
    }
    for (int i = 0; i < qs.size(); i++) {
      Quotation q = qs.get(i);
      if (cs >= 0 && !overlapsMostly(q.start(), q.end(), cs, ce)) continue;
      if (e.has("speaker") && !sameWords(sp.get(i).mention(), e.get("speaker").asText())) continue;
      if (e.has("canonical_speaker") && !e.get("canonical_speaker").asText().equals(sp.get(i).canonical())) continue;
      return true;
    }
    return false;
  }

  private static boolean overlapsMostly(int ps, int pe, int gs, int ge) {
    int inter = Math.max(0, Math.min(pe, ge) - Math.max(ps, gs));
    int shorter = Math.min(pe - ps, ge - gs);
    return shorter > 0 && inter / (double) shorter >= 0.5;
  }

  private static boolean sameWords(String got, String want) {
    return got != null && got.toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT));
  }

  /** Expected contents are written with their outer marks; the quotes table holds the words. */
  private static String strip(String c) {
    String s = c;
    if (!s.isEmpty() && "\"\u201C".indexOf(s.charAt(0)) >= 0) s = s.substring(1);
    if (!s.isEmpty() && "\"\u201D".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
    return s;
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
