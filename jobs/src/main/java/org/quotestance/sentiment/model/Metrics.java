package org.quotestance.sentiment.model;

/** Macro-F1 and accuracy (same definitions as score_newsmtsc.py) and expected calibration error. */
public final class Metrics {
    private Metrics() {}

    /** gold/pred are class indices; pred -1 = missing. Returns {macroF1, accuracy}. */
    public static double[] f1Acc(int[] gold, int[] pred, int classes) {
        int[] tp = new int[classes], fp = new int[classes], fn = new int[classes];
        int correct = 0;
        for (int i = 0; i < gold.length; i++) {
            if (pred[i] == gold[i]) { tp[gold[i]]++; correct++; }
            else { fn[gold[i]]++; if (pred[i] >= 0) fp[pred[i]]++; }
        }
        double f = 0;
        for (int c = 0; c < classes; c++) {
            double p = tp[c] + fp[c] == 0 ? 0 : tp[c] / (double) (tp[c] + fp[c]);
            double r = tp[c] + fn[c] == 0 ? 0 : tp[c] / (double) (tp[c] + fn[c]);
            f += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return new double[]{f / classes, gold.length == 0 ? 0 : correct / (double) gold.length};
    }

    /** ECE with 10 equal-width bins over the confidence of the predicted class. */
    public static double ece(double[] confidence, boolean[] correct) {
        int bins = 10;
        double[] conf = new double[bins], acc = new double[bins];
        int[] n = new int[bins];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(bins - 1, (int) (confidence[i] * bins));
            conf[b] += confidence[i]; acc[b] += correct[i] ? 1 : 0; n[b]++;
        }
        double e = 0;
        for (int b = 0; b < bins; b++) if (n[b] > 0) e += Math.abs(acc[b] - conf[b]) / confidence.length;
        return e;
    }

    public static double round4(double v) { return Math.round(v * 10000) / 10000.0; }
}
