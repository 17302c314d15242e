package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.quotes.Quotation;
import org.quotestance.quotes.QuotationFinder;
import org.quotestance.speakers.ArticlePeople;
import org.quotestance.speakers.CanonicalNames;
import org.quotestance.speakers.Speaker;
import org.quotestance.speakers.SpeakerResolver;

/** Title-case headlines are tagged lower-cased where the article allows, so their reports are found. */
class HeadlinesTest {

  private static final String ARTICLE = "Carly Fiorina Endorses Ted Cruz, Says She Is ‘Horrified’ By Donald Trump: We Can Win.\n\n"
      + "Carly Fiorina endorsed Ted Cruz on Wednesday. She says she is horrified by what the FBI found and by Trump. We can win, she said.";

  private static String headline(String text) {
    return Headlines.truecased(text).substring(0, text.indexOf('\n'));
  }

  @Test
  void wordsTheArticleWritesInLowerCaseAreLowerCasedNamesAreNot() {
    // "Endorses" by the body's "endorsed" (same first four letters); "Says", "By" as written there; names, the
    // first word and the word after a colon keep their capitals
    assertEquals("Carly Fiorina endorses Ted Cruz, says she is ‘horrified’ by Donald Trump: We can win.", headline(ARTICLE));
    assertEquals(ARTICLE.length(), Headlines.truecased(ARTICLE).length());
    assertEquals(ARTICLE.substring(ARTICLE.indexOf('\n')), Headlines.truecased(ARTICLE).substring(ARTICLE.indexOf('\n')));
  }

  @Test
  void sentencesAndUnknownWordsAreLeftAsWritten() {
    String plain = "The talks in Riyadh ended on Tuesday.\n\nLavrov said the talks were useful.";
    assertSame(plain, Headlines.truecased(plain));
    // a capitalised word the body never writes in lower case may be a name ("Sotomayor"), and stays
    String text = "Grassley Compares Trump To Sonia Sotomayor.\n\nGrassley compares many things to other things.";
    assertEquals("Grassley compares Trump to Sonia Sotomayor.", headline(text));
  }

  @Test
  void aHeadlineReportIsFoundWithItsSpeaker() {
    String text = "Hillary Clinton Slams Donald Trump On Abortion After Ruling.\n\n"
        + "Hillary Clinton slammed Donald Trump on abortion on Monday after the ruling, and she says the court was right.";
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    assertEquals(text, doc.text(), "the tagged text is the article as written");
    List<Quotation> qs = QuotationFinder.find(doc);
    List<Speaker> speakers = new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(qs);
    String found = "";
    for (int i = 0; i < qs.size(); i++) {
      Quotation q = qs.get(i);
      if (q.end() <= text.indexOf('\n')) found += speakers.get(i).canonical() + ": " + text.substring(q.start(), q.end());
    }
    assertEquals("Hillary Clinton: Donald Trump On Abortion After Ruling", found);
  }
}
