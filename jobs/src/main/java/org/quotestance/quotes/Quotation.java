package org.quotestance.quotes;

/**
 * One attribution of the article before its speaker is resolved: what was said ({@code start}..
 * {@code end}, article offsets, end exclusive) and how: {@code kind} is direct (the content is a
 * quotation), partial (a reported clause holding quoted words) or indirect (reported speech).
 * {@code clause} is the reporting clause it hangs on, or null for a quotation that continues
 * ({@code inheritsFrom} ≥ 0: index of the quotation whose speaker it takes) or has no cue at all.
 */
public record Quotation(Kind kind, int start, int end, Attribution clause, int inheritsFrom) {

  public enum Kind {
    DIRECT, PARTIAL, INDIRECT;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
  }
}
