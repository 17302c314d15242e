package org.quotestance.sentiment.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The label rules a model file can carry (chosen on the calibration split by TrainModels). */
class LabelRuleTest {
    @Test
    void marginRuleUsesScoreOnly() {
        double[] p = {0.40, 0.55, 0.05}; // score -0.35
        assertEquals(0, StanceBundle.decide(p, 0.28, 0.12));
        assertEquals(1, StanceBundle.decide(p, 0.40, 0.12));
        assertEquals(2, StanceBundle.decide(new double[]{0.05, 0.75, 0.20}, 0.28, 0.12));
        assertEquals(1, StanceBundle.decide(new double[]{0.05, 0.85, 0.10}, 0.28, 0.12));
    }

    @Test
    void zeroOffsetsAreArgmaxAndOffsetsShiftTheBoundary() {
        double[][] ps = {{0.2, 0.5, 0.3}, {0.6, 0.3, 0.1}, {0.1, 0.2, 0.7}, {0.45, 0.55, 0.0}};
        for (double[] p : ps) assertEquals(Softmax.argmax(p), StanceBundle.decideOffsets(p, 0, 0));
        assertEquals(0, StanceBundle.decideOffsets(new double[]{0.45, 0.55, 0.0}, 0.25, 0));
        assertEquals(1, StanceBundle.decideOffsets(new double[]{0.6, 0.3, 0.1}, -1.0, 0));
    }

    @Test
    void bundleDispatchesOnItsRuleAndDefaultsToArgmax() {
        StanceBundle b = new StanceBundle();
        double[] p = {0.40, 0.55, 0.05};
        assertEquals("argmax", b.labelRule);
        assertEquals(1, b.decide(p));
        b.labelRule = "margin"; b.marginAgainst = 0.28; b.marginFavor = 0.12;
        assertEquals(0, b.decide(p));
        b.labelRule = "offsets"; b.offsetAgainst = 0.5;
        assertEquals(0, b.decide(p));
    }

    @Test
    void shippedStanceModelRecordsItsRuleAndMargins() {
        StanceBundle b = StanceBundle.loadResource("models/stance.json");
        assertTrue(java.util.Set.of("argmax", "margin", "offsets").contains(b.labelRule), b.labelRule);
        assertTrue(b.marginAgainst > 0 && b.marginFavor > 0, "margins chosen on the calibration split are recorded");
        assertTrue(b.notes.contains("label rule"), b.notes);
    }
}
