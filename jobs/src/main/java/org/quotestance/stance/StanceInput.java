package org.quotestance.stance;

import java.util.List;

/**
 * A quote with its attributing sentence as context, the target mentions found in it, and where the quoted words lie
 * in the text ({@code [quotedStart, quotedEnd)}; the whole text when the input is a plain sentence). The model reads a
 * mention inside the quoted words in them alone, any other in its sentence, and its evidence is taken from the quoted
 * words only: the reporter's words around them ("stated",
 * "insisted") are not the speaker's, and what they say of the speaker's attitude is {@link CueAttitude}'s to read.
 */
public record StanceInput(String text, List<TargetMention> mentions, int quotedStart, int quotedEnd) {
    public StanceInput {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        for (TargetMention m : mentions) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("mention " + m + " is outside the text (length " + text.length() + ")");
            }
        }
        if (quotedStart < 0 || quotedEnd > text.length() || quotedStart > quotedEnd) {
            throw new IllegalArgumentException("quoted words [" + quotedStart + ", " + quotedEnd + ") outside the text");
        }
    }

    /** A plain text: all of it is the quoted words. */
    public StanceInput(String text, List<TargetMention> mentions) {
        this(text, mentions, 0, text == null ? 0 : text.length());
    }
}
