package org.quotestance.sentiment.model;

/**
 * Multinomial logistic regression over standardized dense features (sentence embeddings),
 * with a temperature for calibrated probabilities. Immutable, thread-safe. Serialized by Jackson.
 */
public final class DenseModel {
    public String[] classes;
    public double[] mean;
    public double[] std;
    /** [class][feature], last column = bias. */
    public double[][] weights;
    public double temperature = 1.0;
    public double l2;

    public int dim() { return mean.length; }

    /** Raw (un-tempered) logits. */
    public double[] logits(double[] x) {
        int d = mean.length;
        double[] z = new double[classes.length];
        for (int c = 0; c < classes.length; c++) {
            double[] w = weights[c];
            double s = w[d];
            for (int j = 0; j < d; j++) s += w[j] * (x[j] - mean[j]) / std[j];
            z[c] = s;
        }
        return z;
    }

    public double[] proba(double[] x) {
        return Softmax.softmax(logits(x), temperature);
    }
}
