package org.quotestance.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.quotes.QuoteRuns;
import org.quotestance.support.SeedArticle;
import org.quotestance.support.SparkTestSession;

/**
 * The analyze job end to end on a local Spark: the seed article among bad inputs, read back from
 * Parquet. Every input gives an articles row; bad ones are rejected with a reason; the seed's quotes
 * come out with their speakers; the written columns are the ones docs/schema.md documents; a re-run
 * writes the same rows.
 */
class AnalyzeJobTest {

  @TempDir static Path dir;
  private static SparkSession spark;
  private static AnalyzeJob.RunSummary summary;
  private static String out;

  @BeforeAll
  static void runJobOnSeedAndBadInputs() throws IOException {
    spark = SparkTestSession.get();
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SeedArticle.path(), in.resolve(SeedArticle.ID + ".txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 owners said prices rose.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("notes.md"), "not an article");
    String longText = "He said that it rained. ".repeat(1000);
    Files.writeString(in.resolve("wire.jsonl"), String.join("\n",
        "{\"id\":\"j1\",\"source\":\"wire\",\"published\":\"2025-02-18T10:00:00Z\",\"title\":\"T\","
            + "\"text\":\"\u201CWe will not give up,\u201D the mayor, Ann Lee, said on Monday.\",\"extra\":1}",
        "{\"id\": \"broken\", \"text\": ",
        "",
        "{\"id\":\"no-text\",\"source\":\"wire\"}",
        "{\"text\":\"no id here\"}",
        "{\"id\":\"too-long\",\"text\":\"" + longText + "\"}"));
    out = dir.resolve("out").toString();
    summary = AnalyzeJob.run(spark, new AnalyzeOptions(List.of(in.toString()), out, null, null, 20_000, 2, 5));
  }

  private static Map<String, Row> articles() {
    Map<String, Row> byId = new HashMap<>();
    for (Row r : spark.read().parquet(out + "/articles").collectAsList()) byId.put(r.getAs("article_id"), r);
    return byId;
  }

  @Test
  void everyInputHasAnArticlesRow() {
    // 5 files in the folder (one of them JSON Lines with 5 non-blank lines): 4 + 5 + 1 = 10 inputs
    assertEquals(10, articles().size(), articles().keySet().toString());
    assertEquals(10, summary.count("articles"));
  }

  @Test
  void badInputsAreRejectedWithClearReasons() {
    Map<String, Row> a = articles();
    assertReason(a, "empty", "empty file");
    assertReason(a, "picture", "binary file");
    assertReason(a, "latin1", "invalid UTF-8");
    assertReason(a, "notes", "unsupported file type");
    assertReason(a, "no-text", "missing required field 'text'");
    assertReason(a, "too-long", "too long");
    String broken = a.keySet().stream().filter(k -> k.endsWith("wire.jsonl:line 2")).findFirst().orElseThrow();
    assertReason(a, broken, "malformed JSON");
    String noId = a.keySet().stream().filter(k -> k.endsWith("wire.jsonl:line 5")).findFirst().orElseThrow();
    assertReason(a, noId, "missing required field 'id'");
    assertEquals("ok", a.get("j1").getAs("status"));
    assertEquals("ok", a.get(SeedArticle.ID).getAs("status"));
  }

  private static void assertReason(Map<String, Row> a, String id, String reason) {
    Row r = a.get(id);
    assertTrue(r != null, "no articles row for " + id);
    assertEquals("rejected", r.getAs("status"), id);
    assertTrue(((String) r.getAs("reason")).contains(reason), id + ": " + r.getAs("reason"));
  }

  @Test
  void seedQuotesComeOutWithTheirSpeakers() {
    List<Row> quotes = spark.read().parquet(out + "/quotes").filter("article_id = '" + SeedArticle.ID + "'")
        .collectAsList();
    List<String> misses = new ArrayList<>();
    for (SeedArticle.Gold g : SeedArticle.gold()) {
      if (g.speaker() == null) continue;
      boolean right = quotes.stream().anyMatch(q -> SeedArticle.looseMatch(q.getAs("char_start"), q.getAs("char_end"),
          g.start(), g.end()) && SeedArticle.surname(q.getAs("speaker")).equals(SeedArticle.surname(g.speaker())));
      if (!right) misses.add(g.speaker() + ": " + g.quote());
    }
    assertEquals(List.of(), misses);
    Row peskov = quotes.stream().filter(q -> "Dmitry Peskov".equals(q.getAs("speaker"))).findFirst().orElseThrow();
    assertEquals("partial", peskov.getAs("kind"));
    assertEquals("stated", peskov.getAs("cue"));
    assertEquals("Kremlin spokesman Dmitry Peskov", peskov.getAs("speaker_mention"));
    String text = SeedArticle.text();
    int runs = 0;
    for (Row q : quotes) {
      String span = text.substring(q.<Integer>getAs("char_start"), q.<Integer>getAs("char_end"));
      String[] pieces = q.<String>getAs("text").split(Pattern.quote(QuoteRuns.GAP));
      if (pieces.length == 1) {
        assertEquals(span, pieces[0]);
      } else {
        // a quotation broken by its clause: its pieces open and close the row's span
        runs++;
        assertTrue(span.startsWith(pieces[0]) && span.endsWith(pieces[pieces.length - 1]), span);
      }
      double s = q.getAs("sentiment_score");
      assertTrue(s >= -1 && s <= 1, "sentiment score " + s);
    }
    assertEquals(1, runs, "“…,” Lavrov stated. “They mentioned …” is one row of two pieces");
  }

  @Test
  void jsonArticleKeepsItsMetadataAndDatePartition() {
    Dataset<Row> q = spark.read().parquet(out + "/quotes").filter("article_id = 'j1'");
    assertEquals(1, q.count());
    Row r = q.first();
    assertEquals("wire", r.getAs("source"));
    assertEquals("2025-02-18", r.getAs("published_date").toString());
    assertEquals("Ann Lee", r.getAs("speaker"));
    assertEquals("direct", r.getAs("kind"));
    assertEquals("2025-02-17", spark.read().parquet(out + "/quotes")
        .filter("article_id = '" + SeedArticle.ID + "'").first().getAs("published_date").toString());
  }

  @Test
  void stancesTableFlattensTheQuotesStanceArrays() {
    long calls = spark.read().parquet(out + "/quotes").selectExpr("size(stance) AS n").groupBy().sum("n")
        .first().getLong(0);
    assertEquals(calls, spark.read().parquet(out + "/stances").count());
    assertEquals(calls, summary.count("stances"));
  }

  @Test
  void manifestIsWrittenWithCountsAndVersions() throws IOException {
    JsonNode m = new ObjectMapper().readTree(Path.of(out, "_run.json").toFile());
    assertEquals(summary.count("quotes"), m.get("counts").get("quotes").asLong());
    assertEquals(8, m.get("counts").get("articles_rejected").asLong());
    assertEquals("4.5.10", m.get("versions").get("corenlp").asText());
    assertTrue(m.get("timings").get("tokens").asLong() > 1000);
    // the seed's quotes were scored, and scoring is a part of the articles' analysis time, never more
    double share = m.get("timings").get("scoring_share").asDouble();
    assertTrue(share > 0 && share < 1, "scoring share " + share);
    assertEquals(summary.work().scoringMillis() / 1000.0, m.get("timings").get("scoring_seconds").asDouble(), 1e-9);
  }

  @Test
  void articlesRecordTheirScoringTimeWithinTheirAnalysisTime() {
    for (Row r : articles().values()) {
      long millis = r.getAs("millis"), scoring = r.getAs("scoring_millis");
      assertTrue(scoring >= 0 && scoring <= millis, r.getAs("article_id") + ": " + scoring + " of " + millis);
    }
    assertTrue(summary.work().scoringMillis() > 0);
  }

  @Test
  void schemaDocumentMatchesTheParquet() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("quotestance.seeds", "../seeds"), "..", "docs", "schema.md"));
    for (String table : List.of("quotes", "stances", "articles")) {
      Map<String, String> documented = documentedColumns(doc, table);
      Map<String, String> written = new LinkedHashMap<>();
      for (StructField f : spark.read().parquet(out + "/" + table).schema().fields()) {
        // the partition folder's type is inferred by the reader (a date when every folder holds one)
        String type = f.name().equals("published_date") ? "string"
            : f.dataType() instanceof ArrayType a ? "array<" + a.elementType().typeName() + ">"
            : f.dataType().simpleString();
        written.put(f.name(), type);
      }
      assertEquals(documented, written, table);
    }
  }

  private static Map<String, String> documentedColumns(String doc, String table) {
    int start = doc.indexOf("## `" + table + "/`");
    int end = doc.indexOf("\n## ", start + 1);
    String section = doc.substring(start, end < 0 ? doc.length() : end);
    Map<String, String> cols = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\| ([a-z<>]+) \\|").matcher(section);
    while (m.find()) cols.put(m.group(1), m.group(2));
    return cols;
  }

  @Test
  void reRunWritesTheSameQuoteRows() {
    String again = dir.resolve("again").toString();
    AnalyzeJob.run(spark, new AnalyzeOptions(List.of(SeedArticle.path().toString()), again, null, null, 20_000, 3, 0));
    Dataset<Row> first = spark.read().parquet(out + "/quotes").filter("article_id = '" + SeedArticle.ID + "'");
    Dataset<Row> second = spark.read().parquet(again + "/quotes");
    assertEquals(0, first.exceptAll(second).count());
    assertEquals(0, second.exceptAll(first).count());
  }

  @Test
  void withoutScoringTheSameQuotesComeWithoutSentimentOrStance() throws IOException {
    String bare = dir.resolve("bare").toString();
    AnalyzeJob.run(spark, new AnalyzeOptions(List.of(SeedArticle.path().toString()), bare, null, null, 20_000, 2, 0,
        false));
    String who = "quote_id, kind, char_start, char_end, speaker, speaker_char_start";
    Dataset<Row> scored = spark.read().parquet(out + "/quotes").filter("article_id = '" + SeedArticle.ID + "'")
        .selectExpr(who.split(", "));
    Dataset<Row> quotes = spark.read().parquet(bare + "/quotes");
    assertEquals(0, scored.exceptAll(quotes.selectExpr(who.split(", "))).count());
    assertEquals(scored.count(), quotes.count());
    assertEquals(quotes.count(), quotes.filter("sentiment_label IS NULL AND sentiment_score IS NULL"
        + " AND size(stance) = 0").count());
    assertEquals(0, spark.read().parquet(bare + "/stances").count());
    JsonNode m = new ObjectMapper().readTree(Path.of(bare, "_run.json").toFile());
    assertFalse(m.get("configuration").get("scoring").asBoolean());
    assertEquals(0.0, m.get("timings").get("scoring_share").asDouble());
  }

  @Test
  void manyTasksWriteOneFilePerDate() throws IOException {
    assertOneQuoteFilePerDate(OutputTables.WRITERS_WITHOUT_SHUFFLE + 4, "many");
  }

  @Test
  void theSessionKeepsItsAdaptiveSetting() throws IOException {
    String key = "spark.sql.adaptive.enabled";
    String before = spark.conf().get(key, null);
    try {
      spark.conf().set(key, "true");
      assertOneQuoteFilePerDate(2, "adaptive");
      assertEquals("true", spark.conf().get(key));
    } finally {
      if (before == null) spark.conf().unset(key); else spark.conf().set(key, before);
    }
  }

  @Test
  void aSmallTableIsWrittenByOneTask() throws IOException {
    assertOneQuoteFilePerDate(4, "few");
    try (var files = Files.list(dir.resolve("few").resolve("articles"))) {
      assertEquals(1, files.filter(f -> f.toString().endsWith(".parquet")).count());
    }
  }

  /** Six articles over two dates, analysed in {@code tasks} tasks: one quotes file per date, all six rows. */
  private void assertOneQuoteFilePerDate(int tasks, String name) throws IOException {
    Path in = Files.createDirectories(dir.resolve("dated-" + name));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      lines.append("{\"id\":\"d").append(i).append("\",\"published\":\"2025-03-0").append(1 + i % 2)
          .append("\",\"text\":\"\u201CWe will win,\u201D the mayor, Ann Lee").append(i).append(", said.\"}\n");
    }
    Files.writeString(in.resolve("dated.jsonl"), lines);
    String out = dir.resolve(name).toString();
    AnalyzeJob.run(spark, new AnalyzeOptions(List.of(in.toString()), out, null, null, 20_000, tasks, 0));
    for (String date : List.of("2025-03-01", "2025-03-02")) {
      try (var files = Files.list(Path.of(out, "quotes", "published_date=" + date))) {
        assertEquals(1, files.filter(f -> f.toString().endsWith(".parquet")).count(), date);
      }
    }
    assertEquals(6, spark.read().parquet(out + "/quotes").count());
  }

  @Test
  void outputFolderWithForeignFilesIsRefused() throws IOException {
    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("thesis.tex"), "keep me");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> AnalyzeJob.run(spark, new AnalyzeOptions(List.of(SeedArticle.path().toString()), foreign.toString(),
            null, null, 20_000, 1, 0)));
    assertTrue(e.getMessage().contains("not a QuoteStance output"), e.getMessage());
    assertTrue(Files.exists(foreign.resolve("thesis.tex")));
  }
}
