package org.quotestance.sentiment.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the stance {@link MlpEnsemble}: one hidden ReLU layer, dropout on the input and the hidden layer, AdamW
 * (decoupled weight decay), mini-batches, early stopping on the held-out NLL (calibration split).
 *
 * <p>Deterministic: single thread, {@code java.util.Random} seeded per member for init, shuffling and dropout, float
 * arithmetic (Java's float semantics are exact and the JIT may not reorder them), so the same inputs give the same
 * bytes. The hyper-parameters in {@link Config#SHIPPED} were chosen on the calibration split (docs/stance-models.md).
 */
public final class MlpTrainer {
    private MlpTrainer() {}

    /** Training hyper-parameters; {@code seeds} = one member per seed. */
    public record Config(int hidden, double dropout, double inputDropout, double weightDecay, double learningRate,
                         int batch, int maxEpochs, int patience, long[] seeds) {
        /** Chosen on the calibration split among the variants in docs/stance-models.md. */
        public static final Config SHIPPED = new Config(256, 0.3, 0.5, 0.05, 3e-4, 64, 80, 10, new long[]{1, 2, 3});

        @Override public String toString() {
            return "hidden " + hidden + ", dropout " + dropout + ", input dropout " + inputDropout + ", weight decay " + weightDecay
                    + ", lr " + learningRate + ", batch " + batch + ", max epochs " + maxEpochs + ", patience " + patience
                    + " (calibration NLL), seeds " + Arrays.toString(seeds);
        }
    }

    /** The members are quantised ({@link MlpHead#quantize}); the returned ensemble has weight 1 (the caller sets the mix). */
    public static MlpEnsemble train(double[][] x, int[] y, double[][] xHeld, int[] yHeld, int classes, Config cfg) {
        return trainWithEpochs(x, y, xHeld, yHeld, classes, cfg).ensemble();
    }

    /**
     * An ensemble and, per member (in seed order), the epoch whose network was kept: the last epoch that improved
     * the held-out NLL (early stopping), or the fixed number of epochs when there was no held-out part.
     */
    public record Trained(MlpEnsemble ensemble, int[] epochs) {}

    /** {@link #train}, also returning the kept epoch of each member. */
    public static Trained trainWithEpochs(double[][] x, int[] y, double[][] xHeld, int[] yHeld, int classes, Config cfg) {
        return fit(x, y, xHeld, yHeld, classes, cfg, null);
    }

    /**
     * Refit without a held-out part: member {@code i} (seed {@code cfg.seeds()[i]}) trains for exactly
     * {@code epochs[i]} epochs over {@code x} and keeps its last network; the standardization is that of {@code x}.
     * Used to refit on all of train with the epoch counts early stopping chose on the calibration split.
     */
    public static MlpEnsemble trainFixedEpochs(double[][] x, int[] y, int classes, Config cfg, int[] epochs) {
        if (epochs.length != cfg.seeds().length) throw new IllegalArgumentException(epochs.length + " epoch counts for " + cfg.seeds().length + " seeds");
        return fit(x, y, null, null, classes, cfg, epochs).ensemble();
    }

    private static Trained fit(double[][] x, int[] y, double[][] xHeld, int[] yHeld, int classes, Config cfg, int[] fixedEpochs) {
        int n = x.length, d = x[0].length;
        double[] m = new double[d], s = new double[d];
        for (double[] r : x) for (int j = 0; j < d; j++) m[j] += r[j] / n;
        for (double[] r : x) for (int j = 0; j < d; j++) s[j] += (r[j] - m[j]) * (r[j] - m[j]) / n;
        float[] mean = new float[d], std = new float[d];
        for (int j = 0; j < d; j++) { mean[j] = (float) m[j]; std[j] = (float) (Math.sqrt(s[j]) + 1e-6); }
        MlpEnsemble scaler = new MlpEnsemble(mean, std, List.of(new MlpHead(1, new byte[d], new float[d], new float[1], new float[1][classes], new float[classes])), 1, "");
        float[][] xs = new float[n][], hs = xHeld == null ? null : new float[xHeld.length][];
        for (int i = 0; i < n; i++) xs[i] = scaler.standardize(x[i]);
        if (hs != null) for (int i = 0; i < hs.length; i++) hs[i] = scaler.standardize(xHeld[i]);
        List<MlpHead> members = new ArrayList<>();
        int[] epochs = new int[cfg.seeds().length];
        for (int k = 0; k < epochs.length; k++) {
            int[] kept = new int[1];
            members.add(trainOne(xs, y, hs, yHeld, classes, cfg, cfg.seeds()[k], fixedEpochs == null ? -1 : fixedEpochs[k], kept));
            epochs[k] = kept[0];
        }
        return new Trained(new MlpEnsemble(mean, std, members, 1, cfg.toString()), epochs);
    }

    /** A float network during training; {@code w1} is [input][hidden]. */
    private record Net(float[][] w1, float[] b1, float[][] w2, float[] b2) {
        Net copy() {
            float[][] a = new float[w1.length][], c = new float[w2.length][];
            for (int i = 0; i < a.length; i++) a[i] = w1[i].clone();
            for (int i = 0; i < c.length; i++) c[i] = w2[i].clone();
            return new Net(a, b1.clone(), c, b2.clone());
        }

        double[] logits(float[] x) {
            int h = b1.length;
            float[] a = b1.clone();
            for (int j = 0; j < x.length; j++) {
                float xj = x[j];
                if (xj == 0) continue;
                float[] w = w1[j];
                for (int u = 0; u < h; u++) a[u] += xj * w[u];
            }
            double[] z = new double[b2.length];
            for (int c = 0; c < z.length; c++) z[c] = b2[c];
            for (int u = 0; u < h; u++) { float r = Math.max(0, a[u]); if (r == 0) continue; for (int c = 0; c < z.length; c++) z[c] += r * w2[u][c]; }
            return z;
        }
    }

    /**
     * One member. With a held-out part ({@code xv} not null): early stopping on its NLL, keeping the best epoch's
     * network. Without ({@code xv} null): exactly {@code fixedEpochs} epochs, keeping the last network.
     * {@code keptEpoch[0]} receives the epoch of the kept network.
     */
    static MlpHead trainOne(float[][] x, int[] y, float[][] xv, int[] yv, int k, Config cfg, long seed, int fixedEpochs, int[] keptEpoch) {
        if (xv == null && fixedEpochs < 1) throw new IllegalArgumentException("no held-out part and no fixed epoch count");
        int n = x.length, d = x[0].length, h = cfg.hidden();
        Random rnd = new Random(seed);
        Net net = new Net(new float[d][h], new float[h], new float[h][k], new float[k]);
        double a1 = Math.sqrt(6.0 / (d + h)), a2 = Math.sqrt(6.0 / (h + k)); // Glorot uniform
        for (float[] r : net.w1()) for (int u = 0; u < h; u++) r[u] = (float) ((rnd.nextDouble() * 2 - 1) * a1);
        for (float[] r : net.w2()) for (int c = 0; c < k; c++) r[c] = (float) ((rnd.nextDouble() * 2 - 1) * a2);
        float[][] m1 = new float[d][h], v1 = new float[d][h], g1 = new float[d][h];
        float[] mb1 = new float[h], vb1 = new float[h], gb1 = new float[h];
        float[][] m2 = new float[h][k], v2 = new float[h][k], g2 = new float[h][k];
        float[] mb2 = new float[k], vb2 = new float[k], gb2 = new float[k];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        double best = Double.NEGATIVE_INFINITY;
        int since = 0, step = 0;
        Net kept = net.copy();
        float[] a = new float[h], r = new float[h], dr = new float[h];
        boolean[] keepIn = new boolean[d];
        float inScale = (float) (1 / (1 - cfg.inputDropout())), hScale = (float) (1 / (1 - cfg.dropout()));
        int bestEpoch = 0, lastEpoch = xv == null ? fixedEpochs : cfg.maxEpochs();
        for (int ep = 1; ep <= lastEpoch; ep++) {
            for (int i = n - 1; i > 0; i--) { int j = rnd.nextInt(i + 1); int t = order[i]; order[i] = order[j]; order[j] = t; }
            for (int b0 = 0; b0 < n; b0 += cfg.batch()) {
                int bEnd = Math.min(n, b0 + cfg.batch()), bs = bEnd - b0;
                for (float[] g : g1) Arrays.fill(g, 0);
                Arrays.fill(gb1, 0);
                for (float[] g : g2) Arrays.fill(g, 0);
                Arrays.fill(gb2, 0);
                for (int bi = b0; bi < bEnd; bi++) {
                    float[] xi = x[order[bi]];
                    int yi = y[order[bi]];
                    System.arraycopy(net.b1(), 0, a, 0, h);
                    for (int j = 0; j < d; j++) {
                        keepIn[j] = cfg.inputDropout() == 0 || rnd.nextDouble() >= cfg.inputDropout();
                        if (!keepIn[j]) continue;
                        float xj = xi[j] * inScale;
                        float[] w = net.w1()[j];
                        for (int u = 0; u < h; u++) a[u] += xj * w[u];
                    }
                    for (int u = 0; u < h; u++) {
                        boolean keep = cfg.dropout() == 0 || rnd.nextDouble() >= cfg.dropout();
                        r[u] = keep && a[u] > 0 ? a[u] * hScale : 0;
                    }
                    double[] z = new double[k];
                    for (int c = 0; c < k; c++) z[c] = net.b2()[c];
                    for (int u = 0; u < h; u++) if (r[u] != 0) for (int c = 0; c < k; c++) z[c] += r[u] * net.w2()[u][c];
                    double[] p = Softmax.softmax(z, 1);
                    float[] dz = new float[k];
                    for (int c = 0; c < k; c++) dz[c] = (float) ((p[c] - (c == yi ? 1 : 0)) / bs);
                    for (int c = 0; c < k; c++) gb2[c] += dz[c];
                    for (int u = 0; u < h; u++) {
                        float ru = r[u];
                        if (ru == 0) { dr[u] = 0; continue; }
                        float acc = 0;
                        for (int c = 0; c < k; c++) { g2[u][c] += ru * dz[c]; acc += net.w2()[u][c] * dz[c]; }
                        dr[u] = acc * hScale; // ReLU' = 1 where the unit is kept and active; dropout's scale
                    }
                    for (int u = 0; u < h; u++) gb1[u] += dr[u];
                    for (int j = 0; j < d; j++) {
                        if (!keepIn[j]) continue;
                        float xj = xi[j] * inScale;
                        float[] g = g1[j];
                        for (int u = 0; u < h; u++) g[u] += xj * dr[u];
                    }
                }
                step++;
                float lr = (float) cfg.learningRate(), wd = (float) cfg.weightDecay();
                float c1 = (float) (1 - Math.pow(0.9, step)), c2 = (float) (1 - Math.pow(0.999, step));
                for (int j = 0; j < d; j++) adamW(net.w1()[j], g1[j], m1[j], v1[j], lr, wd, c1, c2);
                adamW(net.b1(), gb1, mb1, vb1, lr, 0, c1, c2);
                for (int u = 0; u < h; u++) adamW(net.w2()[u], g2[u], m2[u], v2[u], lr, wd, c1, c2);
                adamW(net.b2(), gb2, mb2, vb2, lr, 0, c1, c2);
            }
            if (xv == null) { if (ep == lastEpoch) { kept = net.copy(); bestEpoch = ep; } continue; }
            double nll = 0;
            for (int i = 0; i < xv.length; i++) nll -= Math.log(Math.max(1e-12, Softmax.softmax(net.logits(xv[i]), 1)[yv[i]]));
            double score = -nll / xv.length;
            if (score > best + 1e-9) { best = score; since = 0; kept = net.copy(); bestEpoch = ep; }
            else if (++since >= cfg.patience()) break;
        }
        keptEpoch[0] = bestEpoch;
        return MlpHead.quantize(kept.w1(), kept.b1(), kept.w2(), kept.b2());
    }

    /** AdamW step (betas 0.9 / 0.999, eps 1e-8), weight decay decoupled from the gradient. */
    static void adamW(float[] w, float[] g, float[] m, float[] v, float lr, float wd, float c1, float c2) {
        for (int j = 0; j < w.length; j++) {
            m[j] = 0.9f * m[j] + 0.1f * g[j];
            v[j] = 0.999f * v[j] + 0.001f * g[j] * g[j];
            w[j] -= lr * ((m[j] / c1) / ((float) Math.sqrt(v[j] / c2) + 1e-8f) + wd * w[j]);
        }
    }
}
