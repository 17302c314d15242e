package org.quotestance.stance;

import java.util.List;
import org.quotestance.quotes.QuoteRuns;

/**
 * A quote with its attributing sentence as context, the target mentions found in it, and where the quoted words lie
 * in the text ({@code quoted}: one piece, or for a quotation interrupted by its own clause one per piece; the whole
 * text when the input is a plain sentence). The model reads a mention inside the quoted words in all of them alone
 * ({@link #quotedWords()}), any other in its sentence, and its evidence is taken from the quoted words only: the
 * reporter's words around them ("stated", "insisted", the clause between two pieces) are not the speaker's, and what
 * they say of the speaker's attitude is {@link CueAttitude}'s to read.
 */
public record StanceInput(String text, List<TargetMention> mentions, List<Quoted> quoted) {
    /** One piece of quoted words, [start, end) in the text. */
    public record Quoted(int start, int end) {
        boolean holds(int from, int to) {
            return from >= start && to <= end;
        }
    }

    public StanceInput {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        quoted = List.copyOf(quoted);
        for (TargetMention m : mentions) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("mention " + m + " is outside the text (length " + text.length() + ")");
            }
        }
        for (Quoted q : quoted) {
            if (q.start() < 0 || q.end() > text.length() || q.start() > q.end()) {
                throw new IllegalArgumentException("quoted words [" + q.start() + ", " + q.end() + ") outside the text");
            }
        }
    }

    /** Quoted words in one piece, [quotedStart, quotedEnd). */
    public StanceInput(String text, List<TargetMention> mentions, int quotedStart, int quotedEnd) {
        this(text, mentions, List.of(new Quoted(quotedStart, quotedEnd)));
    }

    /** A plain text: all of it is the quoted words. */
    public StanceInput(String text, List<TargetMention> mentions) {
        this(text, mentions, 0, text == null ? 0 : text.length());
    }

    /**
     * The quoted words: the pieces joined by {@link QuoteRuns#GAP} where the clause stood, the same text a quote's
     * sentiment reads ({@link QuoteRuns.Run#text}).
     */
    public String quotedWords() {
        StringBuilder b = new StringBuilder();
        for (Quoted q : quoted) {
            if (b.length() > 0) b.append(QuoteRuns.GAP);
            b.append(text, q.start(), q.end());
        }
        return b.toString();
    }

    /** Where [from, to) of the text starts in {@link #quotedWords()}, or -1 if no piece holds it. */
    public int inQuotedWords(int from, int to) {
        int offset = 0;
        for (Quoted q : quoted) {
            if (q.holds(from, to)) return offset + from - q.start();
            offset += q.end() - q.start() + QuoteRuns.GAP.length();
        }
        return -1;
    }

    /** The piece of quoted words that holds [from, to), or null if none does. */
    public Quoted pieceHolding(int from, int to) {
        for (Quoted q : quoted) if (q.holds(from, to)) return q;
        return null;
    }
}
