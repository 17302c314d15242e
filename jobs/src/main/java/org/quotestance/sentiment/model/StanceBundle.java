package org.quotestance.sentiment.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A trained model file (resources/models/*.json): a dense LR over embeddings, optionally a bag-of-words LR
 * (evidence, and {@code alpha} times its logits added to the dense logits), and a temperature.
 * Classes are always negative, neutral, positive.
 */
public final class StanceBundle {
    public static final String[] CLASSES = {"negative", "neutral", "positive"};

    /**
     * Dense feature parts, concatenated in order: "S" sentence embedding, "W" separate embedding of the window text
     * (older models: a second ONNX run per mention), "C" contextual window embedding and "M" contextual mention
     * embedding (both pooled from the sentence's own run). E.g. "S+C".
     */
    public String variant;
    public int windowWords;
    public DenseModel dense;
    public BowModel bow;
    public double alpha;
    /**
     * Optional MLP head over the same dense features (null in older files): the dense logits become
     * {@code (1 − mlp.weight) · LR + mlp.weight · MLP} before {@code alpha} · bag-of-words is added.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL) // files without the head stay as they were, byte for byte
    public MlpEnsemble mlp;
    public double temperature = 1.0;
    /**
     * Label rule over the calibrated probabilities, chosen on the calibration split by macro-F1: "argmax" (older
     * files, and the default); "margin": with score = p(positive) − p(negative), positive if score &gt;
     * {@link #marginFavor}, negative if score &lt; −{@link #marginAgainst}, neutral otherwise; "offsets": argmax after
     * adding {@link #offsetAgainst} / {@link #offsetFavor} to the log-probabilities of negative / positive (class-prior
     * offsets on the logits; 0, 0 is argmax). The margins are kept in the file even when another rule won.
     */
    public String labelRule = "argmax";
    public double marginAgainst;
    public double marginFavor;
    public double offsetAgainst;
    public double offsetFavor;
    /**
     * The {@link Encoder} spec the dense weights were trained with ({@link Encoder#name()}); files without it were
     * trained with all-MiniLM-L6-v2 quantized. {@link #loadResource} refuses a file whose encoder is not the
     * configured one, since the weights mean nothing on another encoder's vectors.
     */
    public String encoder;
    public String trainedOn;
    public String notes;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static StanceBundle loadResource(String resource) {
        try (InputStream in = StanceBundle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("model resource not found on classpath: " + resource
                    + " (run scripts/train-models)");
            StanceBundle b = JSON.readValue(in, StanceBundle.class);
            String trained = b.encoder == null ? "all-minilm-l6-v2-q" : b.encoder;
            if (!trained.equals(Encoder.configured())) {
                throw new IllegalStateException(resource + " was trained with encoder " + trained + " but the configured encoder is "
                        + Encoder.configured() + " (qs.encoder / QS_ENCODER; retrain with scripts/train-models)");
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource " + resource, e);
        }
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(this));
    }

    /** The feature parts of {@link #variant}, e.g. ['S', 'C']. */
    public char[] parts() {
        String[] p = variant.split("\\+");
        char[] out = new char[p.length];
        for (int i = 0; i < p.length; i++) out[i] = p[i].charAt(0);
        return out;
    }

    /** Dense input vector: the given embeddings concatenated. */
    public static double[] denseInput(float[]... embs) {
        int n = 0;
        for (float[] e : embs) n += e.length;
        double[] x = new double[n];
        int k = 0;
        for (float[] e : embs) for (float v : e) x[k++] = v;
        return x;
    }

    /**
     * Dense inputs for mention contexts: each distinct sentence is encoded once (one ONNX run shared by all its
     * mentions), the parts are pooled from that run; "W" parts need one more run per distinct window text.
     */
    public double[][] denseInputs(List<MentionContext> ctxs) {
        char[] parts = parts();
        List<String> sents = new java.util.ArrayList<>(ctxs.size());
        for (MentionContext c : ctxs) sents.add(c.sentence());
        List<Encoder.Encoded> enc = Encoder.shared().encode(sents);
        float[][] win = null;
        if (new String(parts).indexOf('W') >= 0) {
            List<String> w = new java.util.ArrayList<>(ctxs.size());
            for (MentionContext c : ctxs) w.add(c.window());
            win = Embedder.shared().embed(w);
        }
        double[][] out = new double[ctxs.size()][];
        for (int i = 0; i < out.length; i++) {
            float[][] e = new float[parts.length][];
            for (int k = 0; k < parts.length; k++) e[k] = parts[k] == 'W' ? win[i] : ctxs.get(i).part(parts[k], enc.get(i));
            out[i] = denseInput(e);
        }
        return out;
    }

    /** The class (0 negative, 1 neutral, 2 positive) the label rule gives for calibrated probabilities. */
    public int decide(double[] p) {
        if ("margin".equals(labelRule)) return decide(p, marginAgainst, marginFavor);
        if ("offsets".equals(labelRule)) return decideOffsets(p, offsetAgainst, offsetFavor);
        return Softmax.argmax(p);
    }

    /** Argmax of log p + (against, 0, favor); ties go to the lower class index, as in {@link Softmax#argmax}. */
    public static int decideOffsets(double[] p, double against, double favor) {
        double a = Math.log(p[0]) + against, n = Math.log(p[1]), f = Math.log(p[2]) + favor;
        int c = 0; double best = a;
        if (n > best) { c = 1; best = n; }
        if (f > best) c = 2;
        return c;
    }

    /** The margin rule: positive if p[2] − p[0] &gt; favor, negative if it is &lt; −against, else neutral. */
    public static int decide(double[] p, double against, double favor) {
        double s = p[2] - p[0];
        if (s > favor) return 2;
        if (s < -against) return 0;
        return 1;
    }

    /** Calibrated class probabilities. */
    public double[] proba(double[] denseX, List<BowModel.Occ> occs) {
        return Softmax.softmax(logits(denseX, occs), temperature);
    }

    /** Calibrated class probabilities of several inputs (the MLP head in one batch); each as {@link #proba} gives it. */
    public double[][] proba(double[][] denseX, List<List<BowModel.Occ>> occs) {
        double[][] z = denseLogits(denseX);
        double[][] p = new double[z.length][];
        for (int i = 0; i < z.length; i++) p[i] = Softmax.softmax(withBow(z[i], occs.get(i)), temperature);
        return p;
    }

    /** Raw (un-tempered) logits: dense LR, mixed with the MLP head if there is one, plus alpha × bag-of-words. */
    public double[] logits(double[] denseX, List<BowModel.Occ> occs) {
        return withBow(denseLogits(denseX), occs);
    }

    private double[] withBow(double[] z, List<BowModel.Occ> occs) {
        if (bow != null && alpha != 0 && occs != null) {
            double[] b = bow.logits(occs);
            for (int c = 0; c < z.length; c++) z[c] += alpha * b[c];
        }
        return z;
    }

    /** The dense part of the logits: the LR's, or its mix with the MLP head's. */
    public double[] denseLogits(double[] denseX) {
        return denseLogits(new double[][]{denseX})[0];
    }

    /** {@link #denseLogits(double[])} of several inputs, the MLP head run as one batch. */
    public double[][] denseLogits(double[][] denseX) {
        double[][] m = mlp == null ? null : mlp.logits(denseX);
        double[][] out = new double[denseX.length][];
        for (int i = 0; i < denseX.length; i++) {
            double[] z = dense.logits(denseX[i]);
            if (mlp != null) {
                for (int c = 0; c < z.length; c++) z[c] = (1 - mlp.weight()) * z[c] + mlp.weight() * m[i][c];
            }
            out[i] = z;
        }
        return out;
    }
}
