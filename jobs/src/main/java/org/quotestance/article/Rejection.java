package org.quotestance.article;

import java.io.Serializable;

/** An input that could not be read as an article, with the reason a user can act on. */
public record Rejection(String id, String input, String reason, String source, String title, String published,
    String url) implements Serializable {

  public static Rejection of(String id, String input, String reason) {
    return new Rejection(id, input, reason, null, null, null, null);
  }
}
