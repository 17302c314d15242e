package org.quotestance.stance;

import java.util.List;

/** A quote with its attributing sentence as context, and the target mentions found in it. */
public record StanceInput(String text, List<TargetMention> mentions) {
    public StanceInput {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        for (TargetMention m : mentions) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("mention " + m + " is outside the text (length " + text.length() + ")");
            }
        }
    }
}
