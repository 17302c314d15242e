package org.quotestance.sentiment;

import org.quotestance.sentiment.model.Embedder;
import org.quotestance.sentiment.model.Softmax;
import org.quotestance.sentiment.model.StanceBundle;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole-text sentiment: e5-small-v2 (quantized, in-process; see Encoder) embedding of the text and a softmax regression
 * trained on NewsMTSC sentences, temperature-calibrated. Loaded once per JVM; thread-safe.
 */
public final class SentimentScorer {
    public static final String MODEL_RESOURCE = "models/sentiment.json";
    private static final String[] LABELS = StanceBundle.CLASSES;

    private final StanceBundle model;
    private final Embedder embedder;

    private SentimentScorer(StanceBundle model, Embedder embedder) {
        this.model = model;
        this.embedder = embedder;
    }

    private static final class Holder {
        static final SentimentScorer INSTANCE = new SentimentScorer(StanceBundle.loadResource(MODEL_RESOURCE), Embedder.shared());
    }

    public static SentimentScorer shared() {
        return Holder.INSTANCE;
    }

    public List<Sentiment> score(List<String> texts) {
        return sentiments(probabilities(embedder.embed(texts)));
    }

    /** Sentiment of short phrases (a reporting verb group such as "was dismissive"): see {@link Embedder#embedPhrases}. */
    public List<Sentiment> scorePhrases(List<String> phrases) {
        return sentiments(probabilities(embedder.embedPhrases(phrases)));
    }

    private static List<Sentiment> sentiments(double[][] probabilities) {
        List<Sentiment> out = new ArrayList<>(probabilities.length);
        for (double[] p : probabilities) {
            int c = Softmax.argmax(p);
            out.add(new Sentiment(LABELS[c], Math.max(-1, Math.min(1, p[2] - p[0])), Math.min(1, p[c])));
        }
        return out;
    }

    /** Calibrated [negative, neutral, positive] probabilities per text. */
    public double[][] probabilities(List<String> texts) {
        return probabilities(embedder.embed(texts));
    }

    private double[][] probabilities(float[][] emb) {
        double[][] out = new double[emb.length][];
        for (int i = 0; i < emb.length; i++) {
            double[] x = new double[emb[i].length];
            for (int j = 0; j < x.length; j++) x[j] = emb[i][j];
            out[i] = model.proba(x, null);
        }
        return out;
    }
}
