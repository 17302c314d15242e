package org.quotestance.sentiment.model;

public final class Softmax {
    private Softmax() {}

    public static double[] softmax(double[] z, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v / temperature);
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) { p[i] = Math.exp(z[i] / temperature - max); sum += p[i]; }
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }

    public static int argmax(double[] p) {
        int b = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[b]) b = i;
        return b;
    }
}
