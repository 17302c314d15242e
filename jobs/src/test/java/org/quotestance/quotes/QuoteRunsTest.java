package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;

/** A quotation broken by its own reporting clause is one attribution; other neighbours stay apart. */
class QuoteRunsTest {

  private static List<String> runs(String text) {
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    List<String> out = new ArrayList<>();
    for (QuoteRuns.Run r : QuoteRuns.join(doc, QuotationFinder.find(doc))) {
      Quotation q = r.quotation();
      out.add(q.kind().label() + " " + r.pieces().size() + " [" + text.substring(q.start(), q.end()).length()
          + "] " + r.text(text));
    }
    return out;
  }

  @Test
  void aQuotationInterruptedByItsClauseIsOneRunOfTwoPieces() {
    String text = "\u201CThe presidents agreed to resume a dialogue,\u201D Lavrov stated. "
        + "\u201CThey mentioned the Ukrainian settlement.\u201D";
    int span = text.indexOf("They mentioned") + "They mentioned the Ukrainian settlement.".length() - 1;
    assertEquals(List.of("direct 2 [" + span + "] The presidents agreed to resume a dialogue,"
        + QuoteRuns.GAP + "They mentioned the Ukrainian settlement."), runs(text));
  }

  @Test
  void aParticipleThatReportsTheSecondPieceEndsTheRunOneWithAnObjectDoesNot() {
    // "said, adding, “…”": PolNeAR gives the second piece to "adding" (said -> A, adding -> B)
    String adding = "\u201CThey are not affiliated with the campaign,\u201D she said, adding, \u201CWe are grateful.\u201D";
    assertEquals(List.of("direct 1 [42] They are not affiliated with the campaign,", "direct 1 [16] We are grateful."),
        runs(adding));
    // "said, referring to the excuse, “…”": the participle has an object; both pieces are what was said
    String referring = "\u201CEvery time you say that,\u201D Tester said, referring to the excuse, "
        + "\u201Cyou give ammunition to them.\u201D";
    List<String> got = runs(referring);
    assertEquals(1, got.size(), String.join(" | ", got));
    assertEquals("direct 2", got.get(0).substring(0, "direct 2".length()));
  }

  @Test
  void aContinuationOfAContinuationStaysARowOfItsOwn() {
    String text = "\u201CWe are ready to talk about everything,\u201D Lavrov stated. \u201CThey agreed to meet again soon.\u201D"
        + "\n\n\u201CIt was a useful conversation for both sides.\u201D";
    List<String> got = runs(text);
    assertEquals(2, got.size(), String.join(" | ", got));
    assertEquals("direct 1", got.get(1).substring(0, "direct 1".length()));
  }

  @Test
  void quotationsWithClausesOfTheirOwnStayApart() {
    String text = "\u201CWe are ready to talk about everything,\u201D Lavrov stated. "
        + "\u201CThey agreed to meet again soon,\u201D Peskov advised reporters.";
    assertEquals(2, runs(text).size());
  }

  @Test
  void aReportInsideTheClauseStaysARowBesidesTheRun() {
    String text = "\u201COne of us ran against Barack Obama,\u201D Sanders said, invoking the 2008 race. "
        + "\u201CI was not that candidate.\u201D";
    assertEquals(List.of("direct 2 [" + (text.length() - 2) + "] One of us ran against Barack Obama,"
        + QuoteRuns.GAP + "I was not that candidate.", "indirect 1 [13] the 2008 race"), runs(text));
  }

  @Test
  void twoReportsOrAQuotedTitleInsideTheClauseStayRowsBesidesTheRun() {
    String reports = "\u201CIf I was a donor, I\u2019d want answers,\u201D said a committee member who supports Trump, "
        + "asking for anonymity to speak freely. \u201CThat is the kind of stuff I\u2019d read.\u201D";
    assertEquals(List.of("direct 2", "indirect 1", "indirect 1"), kindsAndPieces(reports));
    String title = "\"North Korea is a paranoid, isolated nation,\" the senator told ABC's \"Good Morning America.\" "
        + "\"When you have a hydrogen bomb, you are a threat to China as well.\"";
    assertEquals(List.of("direct 2", "fragment 1"), kindsAndPieces(title));
  }

  private static List<String> kindsAndPieces(String text) {
    return runs(text).stream().map(r -> r.substring(0, r.indexOf(" [")).trim()).toList();
  }

  @Test
  void aPartialQuotationBeforeItsClauseIsTheFirstPiece() {
    String text = "The event \u201Cwas the first time I walked away with that idea,\u201D Sexton said. "
        + "\u201CI\u2019m starting to wonder.\u201D";
    assertEquals(List.of("partial 2 [" + (text.length() - 1) + "] The event \u201Cwas the first time I walked away with that idea"
        + QuoteRuns.GAP + "I\u2019m starting to wonder."), runs(text));
  }

  @Test
  void aShortQuotedSentenceRightAfterTheClauseIsTheSecondPiece() {
    String text = "\u201CIt\u2019s not quite optimistic,\u201D he said. \u201CWe\u2019re hopeful.\u201D";
    assertEquals(List.of("direct 2 [" + (text.length() - 2) + "] It\u2019s not quite optimistic,"
        + QuoteRuns.GAP + "We\u2019re hopeful."), runs(text));
  }

  @Test
  void aShortQuotationInsideNarrationIsNoSecondPiece() {
    String text = "\u201CIt\u2019s not quite optimistic,\u201D he said. Critics called it \u201Cmere spin.\u201D";
    assertEquals(2, runs(text).size());
  }

  @Test
  void aSentenceSplitByItsClauseIsOneRunToo() {
    String text = "\u201CEverything that you have said,\u201D the judge exclaimed, \u201Chas totally overlapped.\u201D";
    assertEquals(List.of("direct 2 [" + (text.length() - 2) + "] Everything that you have said,"
        + QuoteRuns.GAP + "has totally overlapped."), runs(text));
  }
}
