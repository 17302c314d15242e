package org.quotestance.sentiment.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings of the configured {@link Encoder} (its pooling, L2-normalised)
 * (one ONNX run per distinct text, cached). Texts are stripped; a blank text embeds as ".".
 * One instance per JVM ({@link #shared()}); thread-safe.
 */
public final class Embedder {
    private static final Embedder INSTANCE = new Embedder();

    private Embedder() {}

    public static Embedder shared() {
        return INSTANCE;
    }

    /** Embeds all texts (duplicates and recently seen texts are encoded once); vectors in input order. */
    public float[][] embed(List<String> texts) {
        List<String> keys = new ArrayList<>(texts.size());
        for (String t : texts) keys.add(normalize(t));
        return Encoder.shared().embed(keys);
    }

    private static String normalize(String t) {
        String s = t == null ? "" : t.strip();
        return s.isEmpty() ? "." : s;
    }
}
