package org.quotestance.sentiment;

/**
 * Sentiment of one text.
 *
 * @param label      negative | neutral | positive
 * @param score      p(positive) - p(negative), in [-1, 1]
 * @param confidence calibrated probability of {@code label}, in [0, 1]
 */
public record Sentiment(String label, double score, double confidence) {
    public Sentiment {
        if (!label.equals("negative") && !label.equals("neutral") && !label.equals("positive")) {
            throw new IllegalArgumentException("bad sentiment label: " + label);
        }
    }
}
