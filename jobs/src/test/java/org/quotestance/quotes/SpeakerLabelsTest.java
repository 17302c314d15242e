package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;
import org.quotestance.speakers.ArticlePeople;
import org.quotestance.speakers.CanonicalNames;
import org.quotestance.speakers.Speaker;
import org.quotestance.speakers.SpeakerResolver;

class SpeakerLabelsTest {

  @Test
  void transcriptInOneQuotationIsSplitByItsSpeakerLabels() {
    String text = "Chris Wallace interviewed Mike Pence on Sunday. Partial transcript:\n\n"
        + "\"WALLACE: Let's start with the debate. Why would Trump do that?\n\n"
        + "\"PENCE: Well, look, this is serious business for the American people.\n\n"
        + "\"WALLACE: Will she be there?\"\n";
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    List<Quotation> qs = QuotationFinder.find(doc);
    List<Speaker> sp = new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(qs);
    List<String> got = new java.util.ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      got.add(sp.get(i).canonical() + ": " + text.substring(qs.get(i).start(), qs.get(i).end()));
    }
    assertEquals(List.of(
        "Chris Wallace: Let's start with the debate. Why would Trump do that?",
        "Mike Pence: Well, look, this is serious business for the American people.",
        "Chris Wallace: Will she be there?"), got);
  }

  @Test
  void anOrdinaryColonIsNoLabel() {
    String text = "The reason was simple: nobody came.\nNote: prices rose.";
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    assertEquals(List.of(), SpeakerLabels.find(doc));
  }

  @Test
  void headlineWithASourceIsReportedSpeech() {
    String text = "NY Daily News: Paris Terror Attacks Highlight Threat\n\nThe paper ran the story on Monday.";
    List<Quotation> qs = SpeakerLabels.find(LinguisticPipeline.shared().tag(text));
    assertEquals(1, qs.size());
    assertEquals(Quotation.Kind.INDIRECT, qs.get(0).kind());
    assertEquals("Paris Terror Attacks Highlight Threat", text.substring(qs.get(0).start(), qs.get(0).end()));
  }

  @Test
  void aHeadlineSourceMayBeALongerPhrase() {
    assertEquals(List.of("Trump will reverse Roe v. Wade."),
        labelled("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nWASHINGTON (UPI) -- She spoke."));
  }

  @Test
  void aHeadlineThatAsksIsNoOnesWords() {
    String text = "Ted Cruz: Constitutional conservative or another typical career politician?\n\nThe senator spoke.";
    assertEquals(List.of(), SpeakerLabels.find(LinguisticPipeline.shared().tag(text)));
  }

  @Test
  void aHeadlineLabelEndsInANoun() {
    assertEquals(List.of("Trump\u2019s Islamaphobia threatens national security."),
        labelled("Clinton camp: Trump\u2019s Islamaphobia threatens national security.\n\nThe campaign spoke."));
    assertEquals(List.of(), labelled("The Latest: Trump delivers defense of New York values.\n\nHe spoke on Thursday."));
  }

  /** The words of each labelled paragraph found. */
  private static List<String> labelled(String text) {
    return SpeakerLabels.find(LinguisticPipeline.shared().tag(text)).stream()
        .map(q -> text.substring(q.start(), q.end())).toList();
  }
}
