package org.quotestance.sentiment.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Full-batch Adam training of softmax regression with L2 (bias not penalized); deterministic (zero init). */
public final class LrTrainer {
    private LrTrainer() {}

    public static DenseModel trainDense(double[][] x, int[] y, String[] classes, double l2, int iters, double lr) {
        int n = x.length, d = x[0].length, k = classes.length;
        double[] mean = new double[d], std = new double[d];
        for (double[] r : x) for (int j = 0; j < d; j++) mean[j] += r[j] / n;
        for (double[] r : x) for (int j = 0; j < d; j++) std[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
        for (int j = 0; j < d; j++) std[j] = Math.sqrt(std[j]) + 1e-6;
        double[][] xs = new double[n][d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) xs[i][j] = (x[i][j] - mean[j]) / std[j];
        double[][] w = new double[k][d + 1];
        Adam adam = new Adam(k, d + 1, lr);
        double[][] g = new double[k][d + 1];
        double[] z = new double[k];
        for (int it = 0; it < iters; it++) {
            for (double[] r : g) java.util.Arrays.fill(r, 0);
            for (int i = 0; i < n; i++) {
                double[] xi = xs[i];
                for (int c = 0; c < k; c++) {
                    double s = w[c][d];
                    double[] wc = w[c];
                    for (int j = 0; j < d; j++) s += wc[j] * xi[j];
                    z[c] = s;
                }
                double[] p = Softmax.softmax(z, 1.0);
                for (int c = 0; c < k; c++) {
                    double e = (p[c] - (y[i] == c ? 1 : 0)) / n;
                    double[] gc = g[c];
                    for (int j = 0; j < d; j++) gc[j] += e * xi[j];
                    gc[d] += e;
                }
            }
            for (int c = 0; c < k; c++) for (int j = 0; j < d; j++) g[c][j] += l2 * w[c][j];
            adam.step(w, g);
        }
        DenseModel m = new DenseModel();
        m.classes = classes; m.mean = mean; m.std = std; m.weights = w; m.l2 = l2;
        return m;
    }

    /** Bag-of-words LR; features seen fewer than minCount times in training are dropped. */
    public static BowModel trainBow(List<List<BowModel.Occ>> docs, int[] y, String[] classes, double l2, int minCount,
                                    int iters, double lr) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<BowModel.Occ> doc : docs) for (BowModel.Occ o : doc) counts.merge(o.feature(), 1, Integer::sum);
        List<String> vocab = new ArrayList<>();
        Map<String, Integer> idx = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minCount) { idx.put(e.getKey(), vocab.size()); vocab.add(e.getKey()); }
        }
        int n = docs.size(), d = vocab.size(), k = classes.length;
        int[][] feats = new int[n][];
        for (int i = 0; i < n; i++) {
            feats[i] = docs.get(i).stream().map(o -> idx.get(o.feature())).filter(j -> j != null).mapToInt(Integer::intValue).toArray();
        }
        double[][] w = new double[k][d + 1];
        double[][] g = new double[k][d + 1];
        Adam adam = new Adam(k, d + 1, lr);
        double[] z = new double[k];
        for (int it = 0; it < iters; it++) {
            for (double[] r : g) java.util.Arrays.fill(r, 0);
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    double s = w[c][d];
                    for (int j : feats[i]) s += w[c][j];
                    z[c] = s;
                }
                double[] p = Softmax.softmax(z, 1.0);
                for (int c = 0; c < k; c++) {
                    double e = (p[c] - (y[i] == c ? 1 : 0)) / n;
                    for (int j : feats[i]) g[c][j] += e;
                    g[c][d] += e;
                }
            }
            for (int c = 0; c < k; c++) for (int j = 0; j < d; j++) g[c][j] += l2 * w[c][j];
            adam.step(w, g);
        }
        // round weights to 4 decimals so the shipped file stays small
        for (double[] r : w) for (int j = 0; j < r.length; j++) r[j] = Math.round(r[j] * 1e4) / 1e4;
        BowModel m = new BowModel();
        m.classes = classes; m.vocab = vocab.toArray(new String[0]); m.weights = w; m.l2 = l2;
        return m;
    }

    /** Temperature minimizing NLL of the given logits (grid 0.3..5). */
    public static double fitTemperature(List<double[]> logits, int[] y) {
        double best = 1, bestNll = Double.MAX_VALUE;
        for (double t = 0.3; t <= 5.0001; t += 0.02) {
            double nll = 0;
            for (int i = 0; i < y.length; i++) nll -= Math.log(Math.max(1e-12, Softmax.softmax(logits.get(i), t)[y[i]]));
            if (nll < bestNll) { bestNll = nll; best = t; }
        }
        return Math.round(best * 100) / 100.0;
    }

    static final class Adam {
        final double[][] m, v; final double lr; int t;
        Adam(int k, int d, double lr) { m = new double[k][d]; v = new double[k][d]; this.lr = lr; }
        void step(double[][] w, double[][] g) {
            t++;
            double b1 = 0.9, b2 = 0.999, c1 = 1 - Math.pow(b1, t), c2 = 1 - Math.pow(b2, t);
            for (int c = 0; c < w.length; c++) for (int j = 0; j < w[c].length; j++) {
                m[c][j] = b1 * m[c][j] + (1 - b1) * g[c][j];
                v[c][j] = b2 * v[c][j] + (1 - b2) * g[c][j] * g[c][j];
                w[c][j] -= lr * (m[c][j] / c1) / (Math.sqrt(v[c][j] / c2) + 1e-8);
            }
        }
    }
}
