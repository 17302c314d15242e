package org.quotestance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * Whether the quotes found in a peer fixture (small cases from other projects' test suites) are the
 * expected ones: each expected quotation found (its content overlapping, its speaker mention or
 * canonical speaker as given); a fixture that expects none (a title, a scare quote) must yield no
 * direct or partial quotation.
 */
public final class FixtureCheck {

  private FixtureCheck() {}

  /** One quotation found: span, kind, speaker mention and canonical speaker. */
  public record Found(int start, int end, String kind, String mention, String speaker) {}

  public static boolean passes(String text, JsonNode expected, List<Found> found) {
    // a fragment row says "quoted words, nobody's speech as far as the article tells": not a quotation
    if (expected.isEmpty()) {
      return found.stream()
          .allMatch(f -> f.kind().equals("indirect") || f.kind().equals("fragment") && f.speaker() == null);
    }
    for (JsonNode e : expected) {
      if (!matchesOne(text, e, found)) return false;
    }
    return true;
  }

  static boolean matchesOne(String text, JsonNode e, List<Found> found) {
    int cs = -1;
    int ce = -1;
    if (e.has("content")) {
      String c = strip(e.get("content").asText());
      cs = text.indexOf(c);
      ce = cs + c.length();
    }
    for (Found f : found) {
      if (cs >= 0 && !AttributionScore.loose(f.start(), f.end(), cs, ce)) continue;
      if (e.has("speaker") && !contains(f.mention(), e.get("speaker").asText())) continue;
      if (e.has("canonical_speaker") && !e.get("canonical_speaker").asText().equals(f.speaker())) continue;
      return true;
    }
    return false;
  }

  private static boolean contains(String got, String want) {
    return got != null && got.toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT));
  }

  /** Expected contents are written with their outer marks; the quotes table holds the words. */
  private static String strip(String c) {
    String s = c;
    if (!s.isEmpty() && "\"\u201C".indexOf(s.charAt(0)) >= 0) s = s.substring(1);
    if (!s.isEmpty() && "\"\u201D".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
    return s;
  }
}
