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
        return logits(new float[][]{xs})[0];
    }

    /**
     * Raw logits for several standardized inputs, each bit for bit what it gets alone. Why batch: each int8 row of
     * the first layer is widened to floats once for all inputs, and the multiply-add over the hidden units is then a
     * plain float loop the JIT vectorises; one input at a time, the byte-to-float conversion kept it scalar. The
     * arithmetic per input (same operations, same order) does not change.
     */
    public double[][] logits(float[][] xs) {
        int h = hidden, n = xs.length;
        for (float[] x : xs) {
            if (x.length != scale.length) throw new IllegalArgumentException("input has " + x.length + " dims, MLP expects " + scale.length);
        }
        float[][] a = new float[n][];
        for (int i = 0; i < n; i++) a[i] = b1.clone();
        float[] row = new float[h];
        for (int j = 0; j < scale.length; j++) {
            int off = j * h;
            for (int u = 0; u < h; u++) row[u] = w1[off + u];
            for (int i = 0; i < n; i++) {
                float xj = xs[i][j] * scale[j];
                if (xj == 0) continue;
                float[] ai = a[i];
                for (int u = 0; u < h; u++) ai[u] += xj * row[u];
            }
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] z = new double[b2.length];
            for (int c = 0; c < z.length; c++) z[c] = b2[c];
            for (int u = 0; u < h; u++) {
                float r = Math.max(0f, a[i][u]);
                if (r == 0) continue;
                for (int c = 0; c < z.length; c++) z[c] += r * w2[u][c];
            }
            out[i] = z;
        }
        return out;
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
