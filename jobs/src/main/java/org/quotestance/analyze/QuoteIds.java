package org.quotestance.analyze;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic quote ids: the same article, span and kind give the same id on every run. */
final class QuoteIds {

  private QuoteIds() {}

  static String of(String articleId, int start, int end, String kind) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest((articleId + '\u0000' + start + '\u0000' + end + '\u0000' + kind)
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
