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
        return Encoder.shared().embed(keys(texts));
    }

    /**
     * Embeds short phrases as the mean of their own word pieces' states, without the [CLS], [SEP] and prefix pieces
     * that a sentence embedding also averages: in a text of two or three words those are most of the pieces and pull
     * every phrase toward the same vector. On SST dev's phrases of one to three words the sentiment model reads these
     * better (macro-F1 0.6547 against 0.6267; docs/stance-models.md, "Hidden layers").
     */
    public float[][] embedPhrases(List<String> phrases) {
        List<String> keys = keys(phrases);
        List<Encoder.Encoded> enc = Encoder.shared().encode(keys);
        float[][] out = new float[keys.size()][];
        for (int i = 0; i < out.length; i++) out[i] = enc.get(i).span(0, keys.get(i).length());
        return out;
    }

    private static List<String> keys(List<String> texts) {
        List<String> keys = new ArrayList<>(texts.size());
        for (String t : texts) keys.add(normalize(t));
        return keys;
    }

    private static String normalize(String t) {
        String s = t == null ? "" : t.strip();
        return s.isEmpty() ? "." : s;
    }
}
