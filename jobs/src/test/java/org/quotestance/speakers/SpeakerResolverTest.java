package org.quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;
import org.quotestance.quotes.Quotation;
import org.quotestance.quotes.QuotationFinder;

class SpeakerResolverTest {

  private static List<String> speakers(String text) {
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    List<Quotation> qs = QuotationFinder.find(doc);
    List<String> out = new ArrayList<>();
    for (Speaker sp : new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(qs)) {
      out.add(sp.canonical());
    }
    return out;
  }

  @Test
  void pronounSkipsAPersonTheArticleGivesAnotherGender() {
    assertEquals(List.of("Ann Lee"), speakers(
        "Ann Lee met Tom Brown on Monday. Mr. Brown left early. She said that the plan would not work."));
  }

  @Test
  void pronounSkipsAPersonWhoseFirstNameIsUsuallyAnotherGender() {
    // nothing in the article tells; the first names do ("Carly" female, "John" male)
    assertEquals(List.of("Carly Fiorina"), speakers(
        "Carly Fiorina followed John Kasich on stage. She said that the deficit came first."));
    assertEquals(List.of("John Kasich"), speakers(
        "John Kasich followed Carly Fiorina on stage. He said that the deficit came first."));
  }

  @Test
  void aQuotationAloneInItsParagraphContinuesTheReporterNotAReportInsideHerWords() {
    List<String> got = speakers("Hillary Clinton responded by pointing a finger, saying the Sanders campaign was conflating "
        + "donations from workers with support from the companies.\n\n\u201CI do not have money from fossil fuel companies.\u201D");
    assertEquals("Hillary Clinton", got.get(got.size() - 1), got.toString());
  }

  @Test
  void whoAfterAppositionsGoesToTheNameBeforeThem() {
    // "who" stands for Robert Stone, not for the place that ends the apposition before it; the next
    // quotation continues that clause, so it is Stone's too
    List<String> got = speakers("\u201CI never really trusted her,\u201D said Robert Stone, a 59-year-old from Hilton "
        + "Head, South Carolina, who already cast an absentee ballot for Sanders. \u201CEvery time she opens her mouth, "
        + "I can\u2019t help but think she\u2019s lying about something.\u201D");
    assertEquals("Robert Stone", got.get(got.size() - 1), got.toString());
  }

  @Test
  void aQuotationContinuesTheReporterNotTheSubjectOfHisReport() {
    // the quoted words before the paragraph break belong to "her liberal friends", the subject inside
    // Susan's report; the next paragraph's quotation continues Susan
    List<String> got = speakers("Her liberal friends have mocked Trump\u2019s campaign, calling Trump \u201Can orange "
        + "buffoon,\u201D Susan said as she turned around.\n\n\u201CBut he\u2019s our orange buffoon, and we love him!\u201D");
    assertEquals("Susan", got.get(got.size() - 1), got.toString());
  }

  @Test
  void speechInsideASentenceIsItsSubjectsNotTheSpeakerBefore() {
    // no reporting verb claims these quotations; the sentence's subject is someone, so the words are
    // that subject's, not a continuation of the speaker of the paragraph before
    List<String> got = speakers("\u201CWe\u2019re alive,\u201D Christopher Harvey said.\n\nWhen Trump finally wrapped up "
        + "\u2014 \u201CI will fight for you, and I will win for you!\u201D \u2014 the balloons cascaded down on the crowd.");
    assertEquals("Trump", got.get(got.size() - 1), got.toString());
    got = speakers("Those mourning the boxer never mentioned the name Donald Trump.\n\nDr. Muhammad Babar pondered who, "
        + "without Ali, might \u201Ctestify for our innocence in this season of witch hunting.\u201D");
    assertEquals("Muhammad Babar", got.get(got.size() - 1), got.toString());
  }

  @Test
  void aQuotationEndingInANestedQuotationKeepsItsClause() {
    // the tokenizer joins "’”" into one unknown token, and may open the next sentence with it
    assertEquals(List.of("Weaver"), speakers("\u201CWhat kind of help do you need?\u2019\u201D Weaver said."));
    assertEquals(List.of("Kiedis"), speakers(
        "\u201CHe said, \u2018Dude, we already wrote the songs, bro,\u2019\u201D Kiedis continued."));
  }

  @Test
  void surnameGoesToTheFullNameAndRolesToTheirHolder() {
    assertEquals(List.of("Sergey Lavrov", "Volodymyr Zelenskyy"), speakers(
        "Russian Foreign Minister Sergey Lavrov and Ukrainian President Volodymyr Zelenskyy spoke on Monday. "
            + "Lavrov said that talks were possible. The Ukrainian president stated that his country was not invited."));
  }

  @Test
  void pluralNounsStayUnknown() {
    assertEquals(java.util.Arrays.asList((String) null), speakers("Officials said that the talks would begin on Tuesday."));
  }
}
