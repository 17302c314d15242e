package org.quotestance.sentiment.model;

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

    /** "S" = sentence embedding; "S+W" = sentence and window embeddings concatenated. */
    public String variant;
    public int windowWords;
    public DenseModel dense;
    public BowModel bow;
    public double alpha;
    public double temperature = 1.0;
    public String trainedOn;
    public String notes;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static StanceBundle loadResource(String resource) {
        try (InputStream in = StanceBundle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("model resource not found on classpath: " + resource
                    + " (run scripts/train-models)");
            return JSON.readValue(in, StanceBundle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource " + resource, e);
        }
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(this));
    }

    public boolean usesWindow() { return variant.contains("W"); }

    /** Dense input vector for a mention context: embeddings as the variant says. */
    public double[] denseInput(float[] sentenceEmb, float[] windowEmb) {
        int n = sentenceEmb.length;
        double[] x = new double[usesWindow() ? 2 * n : n];
        for (int i = 0; i < n; i++) x[i] = sentenceEmb[i];
        if (usesWindow()) for (int i = 0; i < n; i++) x[n + i] = windowEmb[i];
        return x;
    }

    /** Calibrated class probabilities. */
    public double[] proba(double[] denseX, List<BowModel.Occ> occs) {
        double[] z = dense.logits(denseX);
        if (bow != null && alpha != 0 && occs != null) {
            double[] b = bow.logits(occs);
            for (int c = 0; c < z.length; c++) z[c] += alpha * b[c];
        }
        return Softmax.softmax(z, temperature);
    }
}
