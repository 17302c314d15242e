package org.quotestance.quotes;

/**
 * A stretch of text between quotation marks. {@code start}/{@code end} hold the words without the
 * outer marks (end exclusive); {@code open} is where the opening mark starts and {@code close} where
 * the closing mark ends (its last character: marks may be two characters long, '').
 */
public record QuoteSpan(int open, int start, int end, int close) {

  public int length() { return end - start; }

  public boolean contains(int offset) { return offset >= start && offset < end; }
}
