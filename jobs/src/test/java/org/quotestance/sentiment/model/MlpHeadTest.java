package org.quotestance.sentiment.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The stance model's MLP head: arithmetic, int8 storage, deterministic training, the mix with the LR. */
class MlpHeadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** 2 inputs, 2 hidden units, 3 classes; first layer w1 = q * scale per input row. */
    private static MlpHead tiny() {
        byte[] w1 = {10, -20, /* input 1 */ 5, 30};
        float[] scale = {0.1f, 0.2f};
        return new MlpHead(2, w1, scale, new float[]{0.5f, -1f}, new float[][]{{1, 0, -1}, {2, 1, 0}}, new float[]{0, 0.25f, 0});
    }

    @Test
    void logitsMatchAHandComputation() {
        // x = (1, 2): hidden a0 = 0.5 + 1*0.1*10 + 2*0.2*5 = 3.5; a1 = -1 + 1*0.1*(-20) + 2*0.2*30 = 9
        // z = b2 + 3.5*(1, 0, -1) + 9*(2, 1, 0) = (21.5, 9.25, -3.5)
        assertArrayEquals(new double[]{21.5, 9.25, -3.5}, tiny().logits(new float[]{1, 2}), 1e-5);
        // x = (-1, 0): a0 = 0.5 - 1 = -0.5 → ReLU 0; a1 = -1 + 2 = 1 → z = (2, 1.25, 0)
        assertArrayEquals(new double[]{2, 1.25, 0}, tiny().logits(new float[]{-1, 0}), 1e-5);
    }

    /** The one-input arithmetic written out (the form the shipped figures were measured with). */
    private static double[] oneByOne(MlpHead m, float[] xs) {
        int h = m.hidden();
        float[] a = m.b1().clone();
        for (int j = 0; j < xs.length; j++) {
            float xj = xs[j] * m.scale()[j];
            if (xj == 0) continue;
            for (int u = 0; u < h; u++) a[u] += xj * m.w1()[j * h + u];
        }
        double[] z = new double[m.b2().length];
        for (int c = 0; c < z.length; c++) z[c] = m.b2()[c];
        for (int u = 0; u < h; u++) {
            float r = Math.max(0f, a[u]);
            if (r == 0) continue;
            for (int c = 0; c < z.length; c++) z[c] += r * m.w2()[u][c];
        }
        return z;
    }

    @Test
    void aBatchGivesEachInputBitForBitWhatItGetsAlone() {
        Random r = new Random(11);
        int d = 40, h = 37;
        float[][] w1 = new float[d][h];
        for (float[] row : w1) for (int u = 0; u < h; u++) row[u] = (float) r.nextGaussian();
        float[][] w2 = new float[h][3];
        for (float[] row : w2) for (int c = 0; c < 3; c++) row[c] = (float) r.nextGaussian();
        float[] b1 = new float[h];
        for (int u = 0; u < h; u++) b1[u] = (float) r.nextGaussian();
        MlpHead m = MlpHead.quantize(w1, b1, w2, new float[]{0.1f, 0f, -0.1f});
        float[][] xs = new float[9][d];
        for (float[] x : xs) for (int j = 0; j < d; j++) x[j] = j % 7 == 0 ? 0f : (float) r.nextGaussian();
        double[][] batch = m.logits(xs);
        for (int i = 0; i < xs.length; i++) {
            double[] alone = oneByOne(m, xs[i]);
            for (int c = 0; c < 3; c++) {
                assertEquals(Double.doubleToLongBits(alone[c]), Double.doubleToLongBits(batch[i][c]), "input " + i + " class " + c);
            }
            assertArrayEquals(alone, m.logits(xs[i]));
        }
        MlpEnsemble e = new MlpEnsemble(new float[d], filled(d, 2f), List.of(m, m), 0.5, "");
        double[][] x = new double[3][d];
        for (double[] row : x) for (int j = 0; j < d; j++) row[j] = r.nextGaussian();
        double[][] eb = e.logits(x);
        for (int i = 0; i < x.length; i++) assertArrayEquals(e.logits(x[i]), eb[i]);
    }

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void quantizedWeightsAreWithinHalfAStepOfTheFloats() {
        Random r = new Random(7);
        float[][] w1 = new float[5][4];
        for (float[] row : w1) for (int u = 0; u < row.length; u++) row[u] = (float) r.nextGaussian();
        MlpHead q = MlpHead.quantize(w1, new float[4], new float[4][3], new float[3]);
        for (int j = 0; j < 5; j++) {
            for (int u = 0; u < 4; u++) {
                assertEquals(w1[j][u], q.w1()[j * 4 + u] * q.scale()[j], q.scale()[j] / 2 + 1e-6, "w1[" + j + "][" + u + "]");
            }
        }
    }

    @Test
    void inconsistentShapesAndWrongInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MlpHead(3, new byte[4], new float[2], new float[3], new float[3][3], new float[3]));
        assertThrows(IllegalArgumentException.class, () -> tiny().logits(new float[3]));
        MlpEnsemble e = new MlpEnsemble(new float[2], new float[]{1, 1}, List.of(tiny()), 0.5, "");
        assertThrows(IllegalArgumentException.class, () -> e.logits(new double[5]));
        assertThrows(IllegalArgumentException.class, () -> new MlpEnsemble(new float[2], new float[]{1, 1}, List.of(tiny()), 1.5, ""));
    }

    /** Three Gaussian blobs in 6 dims, classes 0..2. */
    private static double[][] blobs(int n, long seed, int[] y) {
        Random r = new Random(seed);
        double[][] x = new double[n][6];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 6; j++) x[i][j] = r.nextGaussian() * 0.7 + (j % 3 == y[i] ? 2 : 0);
        }
        return x;
    }

    @Test
    void trainingIsDeterministicByteForByteAndLearns() throws Exception {
        int[] y = new int[300], yv = new int[90], yt = new int[90];
        double[][] x = blobs(300, 1, y), xv = blobs(90, 2, yv), xt = blobs(90, 3, yt);
        MlpTrainer.Config cfg = new MlpTrainer.Config(16, 0.2, 0.1, 0.01, 3e-3, 32, 40, 5, new long[]{1, 2});
        MlpEnsemble a = MlpTrainer.train(x, y, xv, yv, 3, cfg), b = MlpTrainer.train(x, y, xv, yv, 3, cfg);
        assertEquals(JSON.writeValueAsString(a), JSON.writeValueAsString(b));
        assertEquals(2, a.members().size());
        int ok = 0;
        for (int i = 0; i < xt.length; i++) ok += Softmax.argmax(a.logits(xt[i])) == yt[i] ? 1 : 0;
        assertTrue(ok >= 0.9 * xt.length, "held-out accuracy " + ok + "/" + xt.length);
        MlpEnsemble other = MlpTrainer.train(x, y, xv, yv, 3, new MlpTrainer.Config(16, 0.2, 0.1, 0.01, 3e-3, 32, 40, 5, new long[]{3, 4}));
        assertNotEquals(JSON.writeValueAsString(a), JSON.writeValueAsString(other), "the seeds must matter");
    }

    @Test
    void refitRunsTheKeptEpochsOnTheData() throws Exception {
        int[] y = new int[300], yv = new int[90], yt = new int[90];
        double[][] x = blobs(300, 1, y), xv = blobs(90, 2, yv), xt = blobs(90, 3, yt);
        MlpTrainer.Config cfg = new MlpTrainer.Config(16, 0.2, 0.1, 0.01, 3e-3, 32, 40, 5, new long[]{1, 2});
        MlpTrainer.Trained t = MlpTrainer.trainWithEpochs(x, y, xv, yv, 3, cfg);
        assertEquals(JSON.writeValueAsString(MlpTrainer.train(x, y, xv, yv, 3, cfg)), JSON.writeValueAsString(t.ensemble()));
        assertEquals(2, t.epochs().length);
        for (int e : t.epochs()) assertTrue(e >= 1 && e <= 40, "kept epoch " + e);
        // all data (train + held-out part), fixed epochs: deterministic, learns, standardizes on the data it is given
        double[][] xa = new double[390][]; int[] ya = new int[390];
        for (int i = 0; i < 300; i++) { xa[i] = x[i]; ya[i] = y[i]; }
        for (int i = 0; i < 90; i++) { xa[300 + i] = xv[i]; ya[300 + i] = yv[i]; }
        MlpEnsemble r = MlpTrainer.trainFixedEpochs(xa, ya, 3, cfg, t.epochs()), r2 = MlpTrainer.trainFixedEpochs(xa, ya, 3, cfg, t.epochs());
        assertEquals(JSON.writeValueAsString(r), JSON.writeValueAsString(r2));
        assertNotEquals(JSON.writeValueAsString(t.ensemble()), JSON.writeValueAsString(r));
        int ok = 0;
        for (int i = 0; i < xt.length; i++) ok += Softmax.argmax(r.logits(xt[i])) == yt[i] ? 1 : 0;
        assertTrue(ok >= 0.9 * xt.length, "held-out accuracy " + ok + "/" + xt.length);
        assertThrows(IllegalArgumentException.class, () -> MlpTrainer.trainFixedEpochs(xa, ya, 3, cfg, new int[]{3}));
    }

    @Test
    void jsonRoundTripKeepsTheLogitsExactly() throws Exception {
        MlpEnsemble e = new MlpEnsemble(new float[]{0.5f, -0.25f}, new float[]{2, 0.5f}, List.of(tiny(), tiny()), 0.6, "test");
        MlpEnsemble back = JSON.readValue(JSON.writeValueAsString(e), MlpEnsemble.class);
        double[] x = {1.25, -0.75};
        assertArrayEquals(e.logits(x), back.logits(x), 0.0);
        assertEquals(0.6, back.weight());
    }

    @Test
    void bundleMixesLrAndMlpByTheShare() {
        StanceBundle b = new StanceBundle();
        b.dense = new DenseModel();
        b.dense.classes = StanceBundle.CLASSES; b.dense.mean = new double[2]; b.dense.std = new double[]{1, 1};
        b.dense.weights = new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        double[] x = {1, 2};
        double[] lr = b.dense.logits(x);
        assertArrayEquals(lr, b.denseLogits(x), 0.0, "no head: the LR alone");
        MlpEnsemble head = new MlpEnsemble(new float[2], new float[]{1, 1}, List.of(tiny()), 0, "");
        b.mlp = head;
        assertArrayEquals(lr, b.denseLogits(x), 0.0, "share 0: the LR alone");
        b.mlp = new MlpEnsemble(head.mean(), head.std(), head.members(), 0.6, "");
        double[] m = head.logits(x), z = b.denseLogits(x);
        for (int c = 0; c < 3; c++) assertEquals(0.4 * lr[c] + 0.6 * m[c], z[c], 1e-12);
    }

    @Test
    void shippedStanceModelCarriesTheHead() {
        StanceBundle b = StanceBundle.loadResource("models/stance.json");
        assertNotNull(b.mlp, "stance.json should carry the MLP head");
        assertEquals(3, b.mlp.members().size());
        assertEquals(b.dense.dim(), b.mlp.mean().length);
        assertTrue(b.mlp.weight() > 0 && b.mlp.weight() <= 1, "share " + b.mlp.weight());
        assertNull(StanceBundle.loadResource("models/sentiment.json").mlp, "sentiment has no MLP head");
    }
}
