package org.quotestance.speakers;

/**
 * Who an attribution hangs on: {@code mention} as written at {@code mentionStart}..{@code mentionEnd}
 * (may be a pronoun or a title), and {@code canonical}, the full name of that person or body as it
 * reads across articles, or null when the article does not say who it is ("officials", "sources").
 */
public record Speaker(String mention, int mentionStart, int mentionEnd, String canonical) {

  public static final Speaker UNKNOWN = new Speaker(null, -1, -1, null);
}
