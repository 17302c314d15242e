package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quotes(String text) {
    return QuoteMarks.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void curlyQuotesWithNestedCurlyQuotes() {
    assertEquals(List.of("Hello,", "how \u201Care\u201D you doing?"),
        quotes("\u201CHello,\u201D he said, \u201Chow \u201Care\u201D you doing?\u201D"));
  }

  /** Web copy as it comes: no-break spaces between sentences, an opening mark typed for a closing one. */
  @Test
  void marksOfWebCopy() {
    // PolNeAR's HuffPost articles put U+00A0 between sentences: a straight mark after one opens
    assertEquals(List.of("They sue,", "Everybody sues, right?"),
        quotes("\"They sue,\" he said.\u00A0\"Everybody sues, right?\""));
    // "… problems for her here,“ said Jim Clyburn": after a word and before a space the mark can only close (else
    // the quotation runs on); one after a space still opens a nested quotation
    assertEquals(List.of("Apparently not,", "A leopard doesn\u2019t change its spots."),
        quotes("\u201CApparently not,\u201C he said. \u201CA leopard doesn\u2019t change its spots.\u201D"));
    assertEquals(List.of("He said \u201Cno\u201D twice."), quotes("\u201CHe said \u201Cno\u201D twice.\u201D"));
  }

  @Test
  void aStraightQuotationClosedByACurlyMarkEndsThere() {
    assertEquals(List.of("Trump is wrong,", "He is ignorant \u201Cin every way\u201D here."),
        quotes("\"Trump is wrong,\u201D said Benjamin. \"He is ignorant \u201Cin every way\u201D here.\u201D"));
  }

  @Test
  void aCurlyQuotationClosedByAStraightMarkThenAStraightOneClosedByACurlyMark() {
    assertEquals(List.of("Our roads are crumbling,", "Families endure blackouts."),
        quotes("\u201COur roads are crumbling,\" she said. \"Families endure blackouts.\u201D"));
  }

  @Test
  void aCurlyQuotationOpeningAParagraphInsideAStraightOneIsNested() {
    String text = "\"The hearing was closed.\n\n\u201CHe stated it,\u201D King said.\n\n\u201CIt was not an attack,\u201D he said.\"\n\nAfter.";
    assertEquals(List.of(text.substring(1, text.indexOf("\"\n\nAfter"))), quotes(text));
  }

  @Test
  void straightQuotesAndAnUnclosedLastOneIsDropped() {
    assertEquals(List.of("Hello,"), quotes("\"Hello,\" he said, \"how are you doing?"));
  }

  @Test
  void quoteRunsOverParagraphsWhenEachOpensWithAMark() {
    String text = "Words blah bla \"Hello,\n\n \"I am the second paragraph.\n\n\"I am the last.\" followed by more words";
    List<QuoteSpan> q = QuoteMarks.find(text);
    assertEquals(1, q.size());
    assertEquals("Hello,\n\n \"I am the second paragraph.\n\n\"I am the last.", text.substring(q.get(0).start(), q.get(0).end()));
  }

  @Test
  void quoteOpenAtAParagraphBreakWithoutContinuationIsDropped() {
    assertEquals(List.of("Detectives are looking into it,"),
        quotes("'uneasy' on Gilmer street\"\nPolice are investigating.\n\"Detectives are looking into it,\" police said."));
  }

  @Test
  void strayClosingMarkDoesNotPairWithALaterQuote() {
    String text = "'AMANDA, you stabbed me,\" a stunned Anna Ramirez told her twin. Edward said prosecutors had "
        + "established \"clear and convincing evidence\" that Ramirez should be held.";
    assertEquals(List.of("clear and convincing evidence"), quotes(text));
  }

  @Test
  void apostrophesAndNestedSingleQuotesDoNotOpenQuotes() {
    assertEquals(List.of("Where are the horses' carrots?"),
        quotes("He approached the stable. \"Where are the horses' carrots?\" he asked."));
    assertEquals(List.of("This 'hamburger with extra cheese' is good."),
        quotes("He told everyone, \"This 'hamburger with extra cheese' is good.\""));
  }

  @Test
  void twoApostrophesAsQuotationMarks() {
    String text = "''This isn't tax reform,'' said Douglas Holtz-Eakin. ''It's a mess.''\n\nHe wasn't sure.";
    assertEquals(List.of("This isn't tax reform,", "It's a mess."), quotes(text));
    QuoteSpan q = QuoteMarks.find(text).get(0);
    assertEquals(0, q.open());
    assertEquals(text.indexOf(",''") + 2, q.close());
  }

  @Test
  void curlyQuotationClosedByAStraightMark() {
    String text = "\u201CImmunity deals should not be a requirement,\" Chaffetz said.\nNext paragraph.";
    assertEquals(List.of("Immunity deals should not be a requirement,"), quotes(text));
  }
}
