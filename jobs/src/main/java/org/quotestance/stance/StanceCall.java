package org.quotestance.stance;

/**
 * Stance towards one target.
 *
 * @param label      favor | against | neutral  (favor = positive polarity towards the target, against = negative)
 * @param score      p(favor) - p(against), in [-1, 1]
 * @param confidence calibrated probability of {@code label}, in [0, 1]
 * @param evidence   the words near the mention that drove the decision (negations kept), "; "-separated; may be empty
 */
public record StanceCall(String target, String label, double score, double confidence, String evidence) {
    public StanceCall {
        if (!label.equals("favor") && !label.equals("against") && !label.equals("neutral")) {
            throw new IllegalArgumentException("bad stance label: " + label);
        }
    }
}
