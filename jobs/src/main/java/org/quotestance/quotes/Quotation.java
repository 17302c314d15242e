package org.quotestance.quotes;

/**
 * One attribution of the article before its speaker is resolved: what was said ({@code start}..
 * {@code end}, article offsets, end exclusive) and how: {@code kind} is direct (the content is a
 * quotation), partial (a reported clause holding quoted words), indirect (reported speech) or a
 * fragment (quoted words no clause claims).
 * {@code clause} is the reporting clause it hangs on, or null for a quotation that continues
 * ({@code inheritsFrom} ≥ 0: index of the quotation whose speaker it takes) or has no cue at all.
 */
public record Quotation(Kind kind, int start, int end, Attribution clause, int inheritsFrom) {

  public enum Kind {
    DIRECT, PARTIAL, INDIRECT,
    /**
     * Quoted words in the narrator's own sentence that no reporting clause claims: someone's words
     * whose speaker the sentence does not name ("what is called a “debate”"), a label, or a scare
     * quote. Reported so that no quotation is lost; never given a speaker, never scored for stance.
     */
    FRAGMENT;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
  }
}
