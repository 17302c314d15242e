package org.quotestance.stance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Runs the shipped model (resources/models/stance.json) with the real embeddings. */
class StanceScorerTest {
    static List<Target> targets;

    @BeforeAll
    static void load() {
        targets = Targets.defaults();
    }

    private static List<StanceCall> score(String text) {
        return StanceScorer.shared().score(List.of(new StanceInput(text, TargetMatcher.find(text, targets)))).get(0);
    }

    private static StanceCall call(String text, String target) {
        return score(text).stream().filter(c -> c.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no call for " + target + " in: " + text));
    }

    @Test
    void labelsScoresAndConfidencesAreInRange() {
        List<String> texts = List.of("NATO is a great alliance that keeps us safe, he said.",
                "Zelenskyy condemned the talks as a disgraceful betrayal of Ukraine.",
                "The meeting between Russian and American officials took place in Riyadh on Tuesday.",
                "Kyiv said it won't accept the deal on territory.");
        List<StanceInput> in = new ArrayList<>();
        for (String t : texts) in.add(new StanceInput(t, TargetMatcher.find(t, targets)));
        List<List<StanceCall>> out = StanceScorer.shared().score(in);
        assertEquals(texts.size(), out.size());
        for (List<StanceCall> calls : out) {
            assertFalse(calls.isEmpty());
            for (StanceCall c : calls) {
                assertTrue(Set.of("favor", "against", "neutral").contains(c.label()), c.toString());
                assertTrue(c.score() >= -1 && c.score() <= 1, c.toString());
                assertTrue(c.confidence() >= 1.0 / 3 && c.confidence() <= 1, c.toString());
                if (c.label().equals("favor")) assertTrue(c.score() > 0, c.toString());
                if (c.label().equals("against")) assertTrue(c.score() < 0, c.toString());
                assertNotNull(c.evidence());
            }
        }
    }

    @Test
    void aMentionInsideTheQuotedWordsIsReadInThemAlone() {
        String quoted = "Europe has nothing to do at the negotiating table.";
        String context = "Lavrov, who was dismissive of the idea, told reporters: \"" + quoted + "\" He left soon after.";
        int at = context.indexOf(quoted);
        List<TargetMention> inContext = TargetMatcher.find(context, targets);
        List<StanceCall> read = StanceScorer.shared().score(List.of(
                new StanceInput(context, inContext, at, at + quoted.length()))).get(0);
        List<StanceCall> alone = score(quoted);
        assertEquals(alone.size(), read.size(), read.toString());
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i).target(), read.get(i).target());
            assertEquals(alone.get(i).score(), read.get(i).score(), 1e-9, "the reporter's words around the quote moved the call");
        }
        // a mention outside the quoted words is still read in its sentence: "the idea" of Lavrov, not Europe's
        StanceInput outside = new StanceInput(context, inContext, context.indexOf("He left"), context.length());
        assertNotEquals(alone.get(0).score(), StanceScorer.shared().score(List.of(outside)).get(0).get(0).score());
    }

    @Test
    void aQuotationInTwoPiecesIsReadAsItsQuotedWordsAndTheClauseAsNarration() {
        String context = "\u201CWe will not give up,\u201D Zelenskyy told NATO leaders in Vilnius. \u201CRussia will lose.\u201D";
        int firstEnd = context.indexOf(" Zelenskyy"), second = context.lastIndexOf("\u201C");
        List<StanceInput.Quoted> pieces = List.of(new StanceInput.Quoted(0, firstEnd),
                new StanceInput.Quoted(second, context.length()));
        List<TargetMention> mentions = TargetMatcher.find(context, targets);
        assertEquals(List.of("NATO", "Russia"), mentions.stream().map(TargetMention::target).toList());
        StanceInput run = new StanceInput(context, mentions, pieces);
        assertEquals("\u201CWe will not give up,\u201D \u2026 \u201CRussia will lose.\u201D", run.quotedWords());
        List<StanceCall> calls = StanceScorer.shared().score(List.of(run)).get(0);

        // Russia, in the second piece, is read in the quoted words of both pieces, as the quote's sentiment reads them
        assertEquals(call(run.quotedWords(), "Russia").score(), calls.get(1).score(), 1e-9);
        // NATO, in the reporter's clause between the pieces, is read in its sentence as if nothing were quoted
        double inSentence = StanceScorer.shared().score(List.of(new StanceInput(context, mentions.subList(0, 1), 0, 0)))
                .get(0).get(0).score();
        assertEquals(inSentence, calls.get(0).score(), 1e-9);
        // read as one span from the first piece to the last, the clause would have been quoted words
        double asOneSpan = StanceScorer.shared().score(List.of(new StanceInput(context, mentions.subList(0, 1), 0,
                context.length()))).get(0).get(0).score();
        assertNotEquals(inSentence, asOneSpan, 1e-9);
    }

    @Test
    void noTargetNoCallAndOneCallPerDistinctTarget() {
        assertEquals(List.of(), score("The weather in Lisbon was pleasant all week."));
        assertEquals(List.of(List.of()), StanceScorer.shared().score(List.of(new StanceInput("Moscow is big.", List.of()))));
        List<StanceCall> calls = score("Moscow said the Kremlin and Russian diplomats would attend.");
        assertEquals(1, calls.size(), calls.toString());
        assertEquals("Russia", calls.get(0).target());
        assertEquals(List.of(), StanceScorer.shared().score(List.of()));
    }

    @Test
    void clearFavorAndAgainstWithEvidence() {
        StanceCall nato = call("NATO is a great alliance that keeps us safe, he said.", "NATO");
        assertEquals("favor", nato.label());
        assertTrue(nato.evidence().contains("great"), nato.evidence());
        StanceCall talks = call("Zelenskyy condemned the talks as a disgraceful betrayal of Ukraine.", "US–Russia talks");
        assertEquals("against", talks.label());
        assertTrue(talks.evidence().contains("disgraceful"), talks.evidence());
        assertEquals("favor", call("Russia welcomed the negotiations as a positive step.", "US–Russia talks").label());
    }

    @Test
    void negationFlipsTheCall() {
        StanceCall plain = call("The talks were a success.", "US–Russia talks");
        StanceCall negated = call("The talks were not a success.", "US–Russia talks");
        assertEquals("favor", plain.label());
        // The S+C+M model (better on the calibration split, rw-dev and mt-dev) flips the direction but leaves the
        // negated sentence just short of "against" (neutral, score about -0.41); the S+W model said "against".
        // A margin rule on the score would call it "against" but loses 0.04 macro-F1 on the calibration split (and
        // on rw/mt-dev), so the label rule chosen there stays argmax. Known regression, see docs/stance-models.md.
        assertTrue(negated.score() < -0.3, negated.toString());
        assertTrue(plain.score() - negated.score() > 1.0, plain + " vs " + negated);
    }

    @Test
    void targetDependent() {
        String text = "Zelenskyy condemned the talks as a disgraceful betrayal, while NATO is a great alliance that keeps us safe.";
        assertTrue(call(text, "NATO").score() > call(text, "US–Russia talks").score());
    }

    // Seed story, the model alone: it reaches only the direction of these (score < 0) with a neutral label. No
    // label rule chosen on the calibration split turns them into "against" (docs/stance-models.md); the
    // territory and Europe calls of the seed come from the reporter's attitude words instead
    // (analyze/ArticleAnalyzerStanceTest).
    @Test
    void seedStoryDirections() {
        StanceCall talks = call("The U.S.-Russia talks would “yield no results,” given the absence of any Ukrainian officers, Zelenskyy stated.",
                "US–Russia talks");
        assertTrue(talks.score() < 0, talks.toString());
        StanceCall land = call("Peskov said there is not even a thought about Moscow ceding territory.", "territorial concessions");
        assertTrue(land.score() < 0, land.toString());
    }
}
