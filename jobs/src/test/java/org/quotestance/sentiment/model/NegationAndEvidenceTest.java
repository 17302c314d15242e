package org.quotestance.sentiment.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NegationAndEvidenceTest {
    @Test
    void negationScopeCoversThreeWordsAndStopsAtClauseBreaks() {
        String s = "there is not even a thought about it";
        List<Tokens.Tok> t = Tokens.tokenize(s);
        int[] neg = Tokens.negatedBy(s, t);
        assertEquals(-1, neg[1]);               // is
        assertEquals(2, neg[3]);                // even  <- not
        assertEquals(2, neg[5]);                // thought <- not
        assertEquals(-1, neg[6]);               // about: out of scope
        String c = "We won't, however, accept it";
        int[] n2 = Tokens.negatedBy(c, Tokens.tokenize(c));
        assertEquals(-1, n2[2], "comma ends the negation scope");
        assertTrue(Tokens.isNegator("don’t".replace('’', '\'')));
    }

    @Test
    void featuresMarkNegationAndSkipTheMention() {
        String s = "Kyiv said it won't accept the deal";
        List<BowModel.Occ> f = BowModel.features(s, 0, 4, 0, s.length());
        List<String> names = f.stream().map(BowModel.Occ::feature).toList();
        assertTrue(names.contains("NOT_accept"), names.toString());
        assertFalse(names.contains("accept"));
        assertFalse(names.contains("kyiv"));
        BowModel.Occ acc = f.stream().filter(o -> o.feature().equals("NOT_accept")).findFirst().orElseThrow();
        assertEquals("won't accept", s.substring(acc.start(), acc.end()));
    }

    @Test
    void evidenceRendersTopWordsWithNegation() {
        BowModel m = new BowModel();
        m.classes = StanceBundle.CLASSES;
        m.vocab = new String[]{"NOT_accept", "fair", "said", "deal"};
        m.weights = new double[][]{{2.0, 0.0, 0.0, 0.0, 0}, {0.0, 0.0, 1.0, 0.0, 0}, {-1.0, 0.5, 0.0, 3.0, 0}};
        String s = "Kyiv said it won't accept the deal, a fair plan";
        List<BowModel.Occ> f = BowModel.features(s, 0, 4, 0, s.length());
        assertEquals("won't accept", m.evidence(s, f, 0, 3));
        // "deal" is inside the negation scope (feature NOT_deal), so the un-negated weight must not fire
        assertEquals("fair", m.evidence(s, f, 2, 3));
        assertEquals("", m.evidence(s, f, 1, 3), "stopwords such as 'said' are never shown");
        double[] z = m.logits(f);
        assertEquals(0, Softmax.argmax(z));
    }

    @Test
    void sentenceAndWindow() {
        String s = "First sentence here. Lavrov said Europe has no role. Last one.";
        int at = s.indexOf("Europe");
        MentionContext c = MentionContext.of(s, at, at + 6, 2);
        assertEquals("Lavrov said Europe has no role.", c.sentence());
        assertEquals("Lavrov said Europe has no", c.window());
        assertThrows(IllegalArgumentException.class, () -> MentionContext.of(s, 5, 100, 2));
    }

    @Test
    void metrics() {
        double[] fa = Metrics.f1Acc(new int[]{0, 1, 2, 2}, new int[]{0, 1, 2, 1}, 3);
        assertEquals(0.75, fa[1], 1e-9);
        assertEquals((1 + 2 * 0.5 * 1 / 1.5 + 2 * 1 * 0.5 / 1.5) / 3, fa[0], 1e-9);
        assertEquals(0.0, Metrics.ece(new double[]{1.0, 1.0}, new boolean[]{true, true}), 1e-9);
        assertEquals(0.5, Metrics.ece(new double[]{0.5, 0.5}, new boolean[]{true, true}), 1e-9);
    }
}
