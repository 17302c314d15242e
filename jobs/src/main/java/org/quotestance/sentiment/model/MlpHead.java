package org.quotestance.sentiment.model;

/**
 * One member of the stance MLP head: standardized input → ReLU hidden layer → class logits.
 *
 * <p>The first layer is stored as signed bytes with one scale per input row ({@code w1[j*hidden + u] * scale[j]}):
 * float weights would make the file ~4× larger (1,152 × 256 per member), and the trainer quantises before the
 * ensemble weight, alpha, temperature and label rule are chosen, so the calibration figures are those of the shipped
 * bytes. Jackson writes {@code byte[]} as base64. Immutable in use (arrays are not copied; nothing writes them).
 *
 * @param hidden hidden units
 * @param w1     first layer, row-major [input][hidden], int8
 * @param scale  per-input-row scale of {@code w1}
 * @param b1     hidden biases
 * @param w2     second layer [hidden][class]
 * @param b2     class biases
 */
public record MlpHead(int hidden, byte[] w1, float[] scale, float[] b1, float[][] w2, float[] b2) {

    public MlpHead {
        if (w1.length != (long) scale.length * hidden || b1.length != hidden || w2.length != hidden) {
            throw new IllegalArgumentException("inconsistent MLP shapes: w1 " + w1.length + ", inputs " + scale.length
                    + ", hidden " + hidden + ", b1 " + b1.length + ", w2 " + w2.length);
        }
    }

    public int inputs() { return scale.length; }

    /** Raw logits for an already standardized input. */
    public double[] logits(float[] xs) {
        if (xs.length != scale.length) throw new IllegalArgumentException("input has " + xs.length + " dims, MLP expects " + scale.length);
        int h = hidden;
        float[] a = b1.clone();
        for (int j = 0; j < xs.length; j++) {
            float xj = xs[j] * scale[j];
            if (xj == 0) continue;
            int off = j * h;
            for (int u = 0; u < h; u++) a[u] += xj * w1[off + u];
        }
        double[] z = new double[b2.length];
        for (int c = 0; c < z.length; c++) z[c] = b2[c];
        for (int u = 0; u < h; u++) {
            float r = Math.max(0f, a[u]);
            if (r == 0) continue;
            for (int c = 0; c < z.length; c++) z[c] += r * w2[u][c];
        }
        return z;
    }

    /**
     * Quantises a float first layer [input][hidden] to int8 per input row (symmetric, scale = max |w| / 127).
     */
    public static MlpHead quantize(float[][] w1, float[] b1, float[][] w2, float[] b2) {
        int d = w1.length, h = b1.length;
        byte[] q = new byte[d * h];
        float[] s = new float[d];
        for (int j = 0; j < d; j++) {
            float max = 0;
            for (float v : w1[j]) max = Math.max(max, Math.abs(v));
            s[j] = max == 0 ? 1f : max / 127f;
            for (int u = 0; u < h; u++) q[j * h + u] = (byte) Math.round(w1[j][u] / s[j]);
        }
        float[][] w2c = new float[h][];
        for (int u = 0; u < h; u++) w2c[u] = w2[u].clone();
        return new MlpHead(h, q, s, b1.clone(), w2c, b2.clone());
    }
}
