package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;
import org.quotestance.quotes.Quotation;
import org.quotestance.quotes.QuotationFinder;

/** Which words of a reporting clause describe the speaker's attitude, and what the attitude is about. */
class CueAttitudeTest {

  @Test
  void anAdverbAndAParticleBelongToTheCue() {
    String text = "Lavrov bluntly ruled out the possibility that Moscow would cede any territory.";
    Frame f = frame(text);
    assertEquals("bluntly ruled out", f.phrase());
    assertTrue(f.governs("territory"), "the ruled-out concession takes the attitude");
    assertFalse(f.governs("Moscow"), "the subject of the ruled-out clause does not");
  }

  @Test
  void aParticiplesAttitudeIsThePredicateBeforeIt() {
    String text = "Lavrov was dismissive when asked about a role for Europe, saying that \u201CI don\u2019t know what they"
        + " have to do at the negotiations table.\u201D";
    Frame f = frame(text);
    assertEquals("was dismissive", f.phrase());
    assertTrue(f.governs("Europe"));
    assertFalse(f.governs("negotiations table"), "the quoted words elaborate; they are not the attitude's object");
  }

  @Test
  void aPlainReportingVerbIsItsOwnPhrase() {
    Frame f = frame("Zelenskyy stated that Europe must be present at the negotiations.");
    assertEquals("stated", f.phrase());
    assertFalse(f.governs("Europe"), "the subject of the reported clause");
    assertTrue(f.governs("negotiations"));
  }

  private record Frame(TaggedText doc, CueAttitude.Frame frame) {
    String phrase() { return frame.phrase(doc.text()); }

    boolean governs(String words) {
      int b = doc.text().indexOf(words);
      return CueAttitude.governs(doc, frame, b, b + words.length());
    }
  }

  private static Frame frame(String text) {
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    // the first report with a speaker: "when asked about [a role for Europe]" is a question nobody is named as asking
    Quotation q = QuotationFinder.find(doc).stream()
        .filter(x -> x.clause() != null && x.clause().hasSpeaker()).findFirst().orElseThrow();
    CueAttitude.Frame f = CueAttitude.of(doc, q);
    assertNotNull(f, "no frame for " + q);
    return new Frame(doc, f);
  }
}
