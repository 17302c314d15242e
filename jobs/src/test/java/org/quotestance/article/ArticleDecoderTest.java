package org.quotestance.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleDecoderTest {

  private final ArticleDecoder decoder = new ArticleDecoder(1000);

  private ArticleOrRejection json(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return decoder.fromJsonLine("in.jsonl:line 3", b, b.length);
  }

  private static void assertRejected(ArticleOrRejection r, String reason) {
    assertTrue(r.isRejected(), "expected a rejection");
    assertTrue(r.rejection().reason().contains(reason), r.rejection().reason());
  }

  @Test
  void jsonLineWithAllFields() {
    ArticleOrRejection r = json("{\"id\":7,\"text\":\"Hi.\",\"source\":\"ap\",\"title\":\"T\","
        + "\"published\":\"2025-02-17T08:30:00-05:00\",\"url\":\"u\",\"other\":[1]}");
    assertEquals(new Article("7", "Hi.", "ap", "T", "2025-02-17", "u", "in.jsonl:line 3"), r.article());
  }

  @Test
  void badJsonLinesAreRejectedWithTheirPosition() {
    assertRejected(json("{\"id\": \"a\", \"text\": "), "malformed JSON");
    assertEquals("in.jsonl:line 3", json("[1, 2]").rejection().id());
    assertRejected(json("[1, 2]"), "not an object");
    assertRejected(json("{\"text\":\"x\"}"), "missing required field 'id'");
    assertRejected(json("{\"id\":\"a\"}"), "missing required field 'text'");
    assertRejected(json("{\"id\":\"a\",\"text\":5}"), "not a string");
    assertRejected(json("{\"id\":\"a\",\"text\":\"   \"}"), "empty text");
    assertRejected(json("{\"id\":\"a\",\"text\":\"" + "x".repeat(1001) + "\"}"), "too long");
  }

  @Test
  void rejectionKeepsTheMetadataItCouldRead() {
    ArticleOrRejection r = json("{\"id\":\"a\",\"source\":\"fox\",\"published\":\"2016-09-12\"}");
    assertEquals("a", r.rejection().id());
    assertEquals("fox", r.rejection().source());
    assertEquals("2016-09-12", r.rejection().published());
  }

  @Test
  void invalidDatesAreDroppedNotFatal() {
    assertNull(json("{\"id\":\"a\",\"text\":\"x\",\"published\":\"yesterday\"}").article().published());
    assertNull(json("{\"id\":\"a\",\"text\":\"x\",\"published\":\"2025-02-30\"}").article().published());
  }

  @Test
  void textFiles() {
    ArticleOrRejection ok = decoder.fromTextFile("file:/x/talks-2025-02-17.txt",
        "\uFEFFHello.".getBytes(StandardCharsets.UTF_8));
    assertEquals("talks-2025-02-17", ok.article().id());
    assertEquals("Hello.", ok.article().text());
    assertEquals("2025-02-17", ok.article().published());
    assertRejected(decoder.fromTextFile("e.txt", new byte[0]), "empty file");
    assertRejected(decoder.fromTextFile("b.txt", new byte[] {'G', 'I', 'F', 0, 1}), "binary file");
    assertRejected(decoder.fromTextFile("l.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'}), "invalid UTF-8");
  }

  @Test
  void limitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new ArticleDecoder(0));
  }
}
