package org.quotestance.sentiment.model;

import java.util.List;

/**
 * The pieces of text the target-dependent model looks at for one mention [from, to) of a text:
 * the sentence containing the mention [sentStart, sentEnd) and a window [winStart, winEnd) of {@code k} words
 * either side of it within that sentence (all offsets into {@code text}).
 */
public record MentionContext(String text, int from, int to, int sentStart, int sentEnd, int winStart, int winEnd) {

    public static MentionContext of(String text, int from, int to, int windowWords) {
        if (from < 0 || to > text.length() || from >= to) {
            throw new IllegalArgumentException("mention [" + from + "," + to + ") outside text of length " + text.length());
        }
        int[] s = Tokens.sentenceAround(text, from);
        int sEnd = Math.max(s[1], Math.min(text.length(), to));
        List<Tokens.Tok> toks = Tokens.tokenize(text);
        int[] w = Tokens.window(text, toks, from, to, windowWords, s[0], sEnd);
        return new MentionContext(text, from, to, s[0], sEnd, w[0], w[1]);
    }

    /**
     * The context for a mention inside [lo, hi) read as one passage, in place of the sentence around it: the model's
     * "sentence" is then that span (for a quote, its quoted words, which the quote's sentiment encodes too).
     */
    public static MentionContext within(String text, int from, int to, int lo, int hi, int windowWords) {
        if (from < lo || to > hi || lo < 0 || hi > text.length() || from >= to) {
            throw new IllegalArgumentException("mention [" + from + "," + to + ") outside [" + lo + "," + hi + ")");
        }
        int[] w = Tokens.window(text, Tokens.tokenize(text), from, to, windowWords, lo, hi);
        return new MentionContext(text, from, to, lo, hi, w[0], w[1]);
    }

    public String sentence() { return text.substring(sentStart, sentEnd); }

    public String window() { return text.substring(winStart, winEnd); }

    /**
     * Dense features from the encoding of {@link #sentence()} (one ONNX run per sentence): "S" the sentence
     * embedding, "C" the contextual embedding of the window's word pieces, "M" that of the mention's.
     */
    public float[] part(char kind, Encoder.Encoded sentenceEncoding) {
        return switch (kind) {
            case 'S' -> sentenceEncoding.sentence();
            case 'C' -> sentenceEncoding.span(winStart - sentStart, winEnd - sentStart);
            case 'M' -> sentenceEncoding.span(from - sentStart, to - sentStart);
            default -> throw new IllegalArgumentException("unknown feature part " + kind);
        };
    }

    public List<BowModel.Occ> bowFeatures() {
        return BowModel.features(text, from, to, sentStart, sentEnd);
    }
}
