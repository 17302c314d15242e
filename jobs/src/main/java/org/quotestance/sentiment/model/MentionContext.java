package org.quotestance.sentiment.model;

import java.util.List;

/**
 * The pieces of text the target-dependent model looks at for one mention [from, to) of a text:
 * the sentence containing the mention and a window of {@code k} words either side of it within that sentence.
 */
public record MentionContext(String text, int from, int to, int sentStart, int sentEnd, String sentence, String window) {

    public static MentionContext of(String text, int from, int to, int windowWords) {
        if (from < 0 || to > text.length() || from >= to) {
            throw new IllegalArgumentException("mention [" + from + "," + to + ") outside text of length " + text.length());
        }
        int[] s = Tokens.sentenceAround(text, from);
        int sEnd = Math.max(s[1], Math.min(text.length(), to));
        List<Tokens.Tok> toks = Tokens.tokenize(text);
        int[] w = Tokens.window(text, toks, from, to, windowWords, s[0], sEnd);
        return new MentionContext(text, from, to, s[0], sEnd, text.substring(s[0], sEnd), text.substring(w[0], w[1]));
    }

    public List<BowModel.Occ> bowFeatures() {
        return BowModel.features(text, from, to, sentStart, sentEnd);
    }
}
