package org.quotestance.stance;

/** A mention of {@code target} (a target name) at [start, end) of the text it was found in. */
public record TargetMention(String target, int start, int end) {
    public TargetMention {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad mention span [" + start + "," + end + ")");
    }
}
