package org.quotestance.stance;

/**
 * Stance towards one target.
 *
 * @param label      favor | against | neutral  (favor = positive polarity towards the target, against = negative)
 * @param score      p(favor) - p(against), in [-1, 1]
 * @param confidence calibrated probability of {@code label}, in [0, 1]
 * @param evidence   the words near the mention that drove the decision (negations kept), "; "-separated; may be empty
 * @param basis      {@link #MENTION}: the quote or its attributing sentence names or refers to the target;
 *                   {@link #TOPIC}: the quote names no one, and the target is what the article is about (see
 *                   {@link TopicTargets}); the label is then the quote's sentiment
 */
public record StanceCall(String target, String label, double score, double confidence, String evidence, String basis) {
    public static final String MENTION = "mention";
    public static final String TOPIC = "topic";

    /** A call on a target the quote or its attributing sentence names or refers to. */
    public StanceCall(String target, String label, double score, double confidence, String evidence) {
        this(target, label, score, confidence, evidence, MENTION);
    }

    public StanceCall {
        if (!MENTION.equals(basis) && !TOPIC.equals(basis)) throw new IllegalArgumentException("bad stance basis: " + basis);
        if (!label.equals("favor") && !label.equals("against") && !label.equals("neutral")) {
            throw new IllegalArgumentException("bad stance label: " + label);
        }
    }
}
