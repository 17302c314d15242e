package org.quotestance.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns raw input bytes into articles, or into rejections with a reason: empty input, binary data,
 * invalid UTF-8, malformed JSON, a missing {@code id} or {@code text}, or text over the size limit.
 * Never throws on bad input, so one bad article cannot stop a job.
 */
public final class ArticleDecoder {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private final int maxChars;

  public ArticleDecoder(int maxChars) {
    if (maxChars <= 0) throw new IllegalArgumentException("--max-chars must be positive, got " + maxChars);
    this.maxChars = maxChars;
  }

  /** A plain-text article: the whole file is the text, the file name without extension its id. */
  public ArticleOrRejection fromTextFile(String path, byte[] bytes) {
    String id = idFromPath(path);
    if (bytes.length == 0) return reject(id, path, "empty file");
    String problem = binaryProblem(bytes, bytes.length);
    if (problem != null) return reject(id, path, problem);
    String text;
    try {
      text = strictUtf8(bytes, bytes.length);
    } catch (CharacterCodingException e) {
      return reject(id, path, "invalid UTF-8" + where(e) + "; re-encode the file as UTF-8");
    }
    return checked(new Article(id, stripBom(text), null, null, dateInName(id), null, path));
  }

  /**
   * One JSON Lines record: {@code id} and {@code text} required; {@code source}, {@code title},
   * {@code published} (ISO date or date-time), {@code url} optional; other fields ignored.
   * {@code position} says where the line is ("file:line N" or "file@byte N").
   */
  public ArticleOrRejection fromJsonLine(String position, byte[] bytes, int length) {
    String fallbackId = position;
    String problem = binaryProblem(bytes, length);
    if (problem != null) return reject(fallbackId, position, problem);
    String line;
    try {
      line = strictUtf8(bytes, length);
    } catch (CharacterCodingException e) {
      return reject(fallbackId, position, "invalid UTF-8" + where(e));
    }
    JsonNode node;
    try {
      node = JSON.readTree(stripBom(line));
    } catch (JsonProcessingException e) {
      return reject(fallbackId, position, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) return reject(fallbackId, position, "JSON line is not an object");
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull() || idNode.asText().isBlank()) {
      return reject(fallbackId, position, "missing required field 'id'");
    }
    String id = idNode.asText();
    JsonNode textNode = node.get("text");
    String source = text(node, "source");
    String title = text(node, "title");
    String published = isoDate(text(node, "published"));
    String url = text(node, "url");
    if (textNode == null || textNode.isNull()) {
      return ArticleOrRejection.rejected(new Rejection(id, position, "missing required field 'text'",
          source, title, published, url));
    }
    if (!textNode.isTextual()) {
      return ArticleOrRejection.rejected(new Rejection(id, position, "field 'text' is not a string",
          source, title, published, url));
    }
    return checked(new Article(id, textNode.asText(), source, title, published, url, position));
  }

  private ArticleOrRejection checked(Article a) {
    String reason = null;
    if (a.text().isBlank()) {
      reason = "empty text";
    } else if (a.text().length() > maxChars) {
      reason = "article too long: " + a.text().length() + " characters, the limit is " + maxChars
          + " (raise it with --max-chars)";
    } else if (controlShare(a.text()) > 0.01) {
      reason = "binary content in the text (control characters)";
    }
    if (reason == null) return ArticleOrRejection.ok(a);
    return ArticleOrRejection.rejected(new Rejection(a.id(), a.input(), reason, a.source(), a.title(),
        a.published(), a.url()));
  }

  private static ArticleOrRejection reject(String id, String input, String reason) {
    return ArticleOrRejection.rejected(Rejection.of(id, input, reason));
  }

  /** NUL bytes or many control bytes: an image, an archive, a PDF, not text. */
  private static String binaryProblem(byte[] b, int length) {
    int control = 0;
    for (int i = 0; i < length; i++) {
      int c = b[i] & 0xff;
      if (c == 0) return "binary file (NUL bytes), not text";
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
    }
    return length > 0 && control > Math.max(2, length / 100) ? "binary file (control bytes), not text" : null;
  }

  private static double controlShare(String s) {
    int control = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
    }
    return control / (double) Math.max(1, s.length());
  }

  private static String strictUtf8(byte[] b, int length) throws CharacterCodingException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = d.decode(ByteBuffer.wrap(b, 0, length));
    return out.toString();
  }

  private static String where(CharacterCodingException e) {
    return e instanceof MalformedInputException ? "" : ": " + e.getMessage();
  }

  private static String stripBom(String s) { return s.startsWith("\uFEFF") ? s.substring(1) : s; }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The date part of an ISO date or date-time; null for anything else. */
  static String isoDate(String s) {
    if (s == null || !ISO_DATE.matcher(s.trim()).matches()) return null;
    String d = s.trim().substring(0, 10);
    try {
      java.time.LocalDate.parse(d);
      return d;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  /** A plain-text file carries no metadata; a date in its name ("riyadh-talks-2025-02-17") is its date. */
  static String dateInName(String id) {
    java.util.regex.Matcher m = DATE_IN_NAME.matcher(id);
    String found = null;
    while (m.find()) found = m.group(1);
    return isoDate(found);
  }

  /** "seeds/riyadh-talks.txt" → "riyadh-talks". */
  public static String idFromPath(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
