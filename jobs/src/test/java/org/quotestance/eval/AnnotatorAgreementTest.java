package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two annotations of one story, its text edited in a few words, scored against each other. */
class AnnotatorAgreementTest {

  private static final String FIRST = "Misinformation enters mainstream.\n\nObama said this summer that the exercises were fine. Holan said the moon landing was real.";
  private static final String SECOND = "Misinformation enters mainstream.\n\nPresident Obama said last summer that the exercises were fine. Holan said the moon landing was real.";

  @Test
  void offsetsFollowTheWordsAcrossInsertedAndReplacedOnes() {
    TextAlignment align = TextAlignment.of(FIRST, SECOND);
    // a word both texts have: its start and end, and a place inside it
    int that = FIRST.indexOf("that");
    assertEquals(SECOND.indexOf("that"), align.map(that));
    assertEquals(SECOND.indexOf("that") + 4, align.map(that + 4));
    assertEquals(SECOND.indexOf("hat"), align.map(that + 1));
    assertEquals(SECOND.indexOf("Holan"), align.map(FIRST.indexOf("Holan")));
    assertEquals(SECOND.length(), align.map(FIRST.length()));
    // a replaced word ("this" → "last") goes to the end of the aligned word before it
    assertEquals(SECOND.indexOf("said") + 4, align.map(FIRST.indexOf("this")));
  }

  @Test
  void twoAnnotationsOfOneStoryArePairedAndTheirSpansMapped() {
    AttributionScore.Gold obama = gold(FIRST, "that the exercises were fine", "Obama", "indirect");
    AttributionScore.Gold holan = gold(FIRST, "the moon landing was real", "Holan", "indirect");
    AttributionScore.Gold holan2 = gold(SECOND, "the moon landing was real", "Holan", "indirect");
    List<List<AnnotatorAgreement.Annotated>> pairs = AnnotatorAgreement.pairs(List.of(
        new AnnotatorAgreement.Annotated("a", "x", FIRST, List.of(obama, holan)),
        new AnnotatorAgreement.Annotated("other", "x", "Another story.\n\nObama said so.", List.of()),
        // a recurring title over another story is not a second annotation
        new AnnotatorAgreement.Annotated("same title", "z", "Misinformation enters mainstream.\n\nNothing else is alike.", List.of()),
        new AnnotatorAgreement.Annotated("b", "y", FIRST.replace("this", "that"), List.of(holan2))));
    assertEquals(1, pairs.size());
    assertEquals(List.of("a", "b"), pairs.get(0).stream().map(AnnotatorAgreement.Annotated::id).toList());

    // the second annotator found Holan's words only: on the first text, recall 1/2, precision 1/1, speaker right
    List<AttributionScore.Pred> mapped = AnnotatorAgreement.asPredictions(List.of(holan2), TextAlignment.of(SECOND, FIRST));
    assertEquals(holan.start(), mapped.get(0).start());
    assertEquals(holan.end(), mapped.get(0).end());
    AttributionScore.Figures f = AttributionScore.score(Map.of("a", List.of(obama, holan)), Map.of("a", mapped), true, List.of());
    assertEquals(0.5, f.recall(), 1e-9);
    assertEquals(1.0, f.precision(), 1e-9);
    assertEquals(1.0, f.speakerAccuracy(), 1e-9);
  }

  private static AttributionScore.Gold gold(String text, String content, String source, String kind) {
    int s = text.indexOf(content);
    int src = text.indexOf(source);
    return new AttributionScore.Gold(s, s + content.length(), kind, List.of(new int[] {src, src + source.length()}), source, null);
  }
}
