package org.quotestance.quotes;

/**
 * A stretch of text between quotation marks. {@code start}/{@code end} hold the words without the
 * outer marks (end exclusive); {@code open}/{@code close} are the positions of the marks themselves.
 */
public record QuoteSpan(int open, int start, int end, int close) {

  public int length() { return end - start; }

  public boolean contains(int offset) { return offset >= start && offset < end; }
}
