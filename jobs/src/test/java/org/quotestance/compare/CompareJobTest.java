package org.quotestance.compare;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotestance.analyze.OutputSchema;
import org.quotestance.cli.UsageException;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.support.SparkTestSession;

/**
 * The compare job over two small analyze-like outputs written here with the analyze job's quote
 * columns: outlet AP (articles a1, a2) and outlet Reuters (article b1). Lavrov's "negotiations
 * table" quote is carried by a1 and b1 with different quotation marks and punctuation; b1 quotes an
 * excerpt of a2's "cede" quote; "Lavrov" alone is a surname-only speaker; two quotes have no speaker;
 * "Trump" stays as it is because two full names end in Trump.
 */
class CompareJobTest {

  @TempDir static Path tmp;
  static String inputA;
  static String inputB;

  /** The quotes table as the analyze job writes it, with its partition column. */
  static final StructType QUOTE = OutputSchema.QUOTE.add("published_date", StringType, false);


  static final String TABLE_AP = "I don\u2019t know what they have to do at the negotiations table.";
  static final String TABLE_REUTERS = "\"I don't know what they have to do at the  NEGOTIATIONS table\"";
  static final String CEDE = "We will not cede territory, ever.";

  @BeforeAll
  static void writeInputs() throws IOException {
    SparkSession spark = SparkTestSession.get();
    inputA = tmp.resolve("analyze-ap").toString();
    inputB = tmp.resolve("analyze-reuters").toString();
    writeAnalyzeOutput(spark, inputA, List.of(
        quote("a1", "q1", "direct", TABLE_AP, "Sergey Lavrov", -0.1, "AP", "2025-02-17",
            stance("US\u2013Russia talks", "against", -0.4)),
        quote("a1", "q2", "indirect", "Europe must be present", null, 0.2, "AP", "2025-02-17",
            stance("Europe", "favor", 0.5)),
        quote("a1", "q3", "partial", "yield no results", "Volodymyr Zelenskyy", -0.3, "AP", "2025-02-17",
            stance("US\u2013Russia talks", "against", -0.6), stance("Russia", "neutral", 0.0)),
        quote("a2", "q4", "direct", CEDE, "Lavrov", -0.5, "AP", "2025-02-18",
            stance("territorial concessions", "against", -0.8))));
    writeAnalyzeOutput(spark, inputB, List.of(
        quote("b1", "q5", "direct", TABLE_REUTERS, "Lavrov", -0.2, "Reuters", "2025-02-18",
            stance("US\u2013Russia talks", "neutral", 0.1)),
        quote("b1", "q6", "partial", "will not cede territory", "Sergey Lavrov", -0.4, "Reuters", "2025-02-18"),
        quote("b1", "q7", "partial", "a great deal", "Trump", 0.6, "Reuters", "2025-02-18",
            stance("United States", "favor", 0.7)),
        quote("b1", "q8", "indirect", "talks went well", "Donald Trump", 0.4, "Reuters", "2025-02-18"),
        quote("b1", "q9", "indirect", "she was pleased", "Melania Trump", 0.3, "Reuters", "2025-02-18"),
        quote("b1", "q10", "indirect", "Europe was left out", null, 0.0, "Reuters", "2025-02-18",
            stance("Europe", "against", -0.3))));
  }

  @Test
  void comparesTwoOutlets() throws IOException {
    SparkSession spark = SparkTestSession.get();
    String out = tmp.resolve("compare").toString();
    CompareJob.Summary s = CompareJob.run(spark, CompareOptions.of(List.of(inputA, inputB), out));

    assertEquals(Map.of("Lavrov", "Sergey Lavrov"), s.speakerAliases());
    assertEquals(10, s.count("quotes"));
    assertEquals(0, s.duplicateArticles());
    assertTrue(Files.exists(Path.of(out, "_compare.json")));

    // speaker x source over all quotes; the surname-only speaker is merged, null speakers are kept
    Map<String, Row> so = byKey(spark.read().parquet(out + "/speaker_outlet"), "speaker", "source");
    assertEquals(8, so.size(), so.keySet().toString());
    Row lavrovAp = so.get("Sergey Lavrov|AP");
    assertEquals(2L, lavrovAp.<Long>getAs("n_articles"));
    assertEquals(2L, lavrovAp.<Long>getAs("n_quotes"));
    assertEquals(-0.3, lavrovAp.<Double>getAs("mean_sentiment"), 1e-9);
    Row lavrovReuters = so.get("Sergey Lavrov|Reuters");
    assertEquals(1L, lavrovReuters.<Long>getAs("n_articles"));
    assertEquals(2L, lavrovReuters.<Long>getAs("n_quotes"));
    assertEquals(-0.3, lavrovReuters.<Double>getAs("mean_sentiment"), 1e-9);
    assertEquals(1L, so.get("null|AP").<Long>getAs("n_quotes"));
    assertEquals(1L, so.get("null|Reuters").<Long>getAs("n_quotes"));
    assertTrue(so.containsKey("Trump|Reuters"), "ambiguous surname stays as it is");
    assertFalse(so.containsKey("Lavrov|AP"));

    // speaker x target x source
    Map<String, Row> sto = byKey(spark.read().parquet(out + "/speaker_target_outlet"), "speaker", "target", "source");
    assertEquals(8, sto.size(), sto.keySet().toString());
    Row talksAp = sto.get("Sergey Lavrov|US\u2013Russia talks|AP");
    assertEquals(1L, talksAp.<Long>getAs("n_quotes"));
    assertEquals(1L, talksAp.<Long>getAs("n_against"));
    assertEquals(0L, talksAp.<Long>getAs("n_favor"));
    assertEquals(-0.4, talksAp.<Double>getAs("mean_stance_score"), 1e-9);
    assertEquals(-0.1, talksAp.<Double>getAs("mean_sentiment"), 1e-9);
    Row talksReuters = sto.get("Sergey Lavrov|US\u2013Russia talks|Reuters");
    assertEquals(1L, talksReuters.<Long>getAs("n_neutral"));
    assertEquals(0.1, talksReuters.<Double>getAs("mean_stance_score"), 1e-9);
    assertEquals(1L, sto.get("null|Europe|AP").<Long>getAs("n_favor"));
    assertEquals(1L, sto.get("null|Europe|Reuters").<Long>getAs("n_against"));
    Row zel = sto.get("Volodymyr Zelenskyy|US\u2013Russia talks|AP");
    assertEquals(1L, zel.<Long>getAs("n_articles"));

    // speaker x target x article
    Dataset<Row> staDf = spark.read().parquet(out + "/speaker_target_article");
    Map<String, Row> sta = byKey(staDf, "speaker", "target", "article_id");
    assertEquals(8, sta.size(), sta.keySet().toString());
    Row cede = sta.get("Sergey Lavrov|territorial concessions|a2");
    assertEquals("AP", cede.getAs("source"));
    assertEquals(Date.valueOf("2025-02-18"), cede.getAs("published"));
    assertEquals(1L, cede.<Long>getAs("n_quotes"));
    assertEquals(-0.8, cede.<Double>getAs("mean_stance_score"), 1e-9);
    assertEquals(-0.5, cede.<Double>getAs("mean_sentiment"), 1e-9);
    assertEquals(List.of("speaker", "target", "article_id", "source", "published", "n_quotes", "mean_sentiment",
        "mean_stance_score", "n_favor", "n_against", "n_neutral"), List.of(staDf.columns()));

    // shared quotes: the same quote under different marks, and an excerpt inside a longer quote
    Map<String, Row> shared = byKey(spark.read().parquet(out + "/shared_quotes"), "quote_key");
    assertEquals(2, shared.size(), shared.keySet().toString());
    Row table = shared.get("i dont know what they have to do at the negotiations table");
    assertEquals("Sergey Lavrov", table.getAs("speaker"));
    assertEquals(TABLE_AP, table.getAs("text"), "representative text: the earliest article's");
    assertEquals(2L, table.<Long>getAs("n_articles"));
    assertEquals(2L, table.<Long>getAs("n_sources"));
    assertEquals(List.of("a1", "b1"), table.getList(table.fieldIndex("article_ids")));
    assertEquals(List.of("AP", "Reuters"), table.getList(table.fieldIndex("sources")));
    assertEquals(Date.valueOf("2025-02-17"), table.getAs("first_published"));
    assertEquals(1L, table.<Long>getAs("n_variants"));
    Row excerpt = shared.get("we will not cede territory ever");
    assertEquals(CEDE, excerpt.getAs("text"), "representative text: the full quote's");
    assertEquals(List.of("a2", "b1"), excerpt.getList(excerpt.fieldIndex("article_ids")));
    assertEquals(2L, excerpt.<Long>getAs("n_variants"));
    assertEquals(Date.valueOf("2025-02-18"), excerpt.getAs("first_published"));
  }

  @Test
  void exactKeysOnlyAndReplacingAnEarlierCompareOutput() {
    SparkSession spark = SparkTestSession.get();
    String out = tmp.resolve("compare-exact").toString();
    CompareJob.run(spark, CompareOptions.of(List.of(inputA, inputB), out));
    // the second run replaces the first one's output; the same article in two inputs counts once
    CompareJob.Summary s = CompareJob.run(spark,
        new CompareOptions(List.of(inputA, inputA, inputB), out, 0, 0));
    assertEquals(2, s.duplicateArticles());
    assertEquals(10, s.count("quotes"));
    assertEquals(1, s.count("shared_quotes"));
    List<Row> shared = spark.read().parquet(out + "/shared_quotes").collectAsList();
    assertEquals(1, shared.size());
    assertEquals("i dont know what they have to do at the negotiations table", shared.get(0).getAs("quote_key"));
    Map<String, Row> so = byKey(spark.read().parquet(out + "/speaker_outlet"), "speaker", "source");
    assertEquals(2L, so.get("Sergey Lavrov|AP").<Long>getAs("n_quotes"));
  }

  @Test
  void refusesIncompleteInputsAndForeignOutputs() throws IOException {
    SparkSession spark = SparkTestSession.get();
    Path noManifest = Files.createDirectories(tmp.resolve("not-analyzed/quotes"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompareJob.run(spark,
        CompareOptions.of(List.of(inputA, noManifest.getParent().toString()), tmp.resolve("x").toString())));
    assertTrue(e.getMessage().contains("_run.json"), e.getMessage());
    Path noQuotes = Files.createDirectories(tmp.resolve("no-quotes"));
    Files.writeString(noQuotes.resolve("_run.json"), "{\"job\":\"analyze\"}");
    e = assertThrows(IllegalArgumentException.class,
        () -> CompareJob.run(spark, CompareOptions.of(List.of(noQuotes.toString()), tmp.resolve("y").toString())));
    assertTrue(e.getMessage().contains("quotes"), e.getMessage());

    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "keep me");
    e = assertThrows(IllegalArgumentException.class,
        () -> CompareJob.run(spark, CompareOptions.of(List.of(inputA), foreign.toString())));
    assertTrue(e.getMessage().contains("_compare.json"), e.getMessage());
    assertTrue(Files.exists(foreign.resolve("notes.txt")));
    // an analyze output is not a compare output either
    assertThrows(IllegalArgumentException.class, () -> CompareJob.run(spark, CompareOptions.of(List.of(inputA), inputB)));
    assertTrue(Files.exists(Path.of(inputB, "_run.json")));
  }

  @Test
  void optionsParse() {
    CompareOptions o = CompareOptions.parse(new String[] {"--input", "a", "--input=b", "--output", "c"});
    assertEquals(List.of("a", "b"), o.inputs());
    assertEquals("c", o.output());
    assertEquals(CompareOptions.DEFAULT_MIN_EXCERPT_WORDS, o.minExcerptWords());
    assertThrows(UsageException.class, () -> CompareOptions.parse(new String[] {"--output", "c"}));
    assertThrows(UsageException.class, () -> CompareOptions.parse(new String[] {"--input", "a"}));
    assertThrows(UsageException.class,
        () -> CompareOptions.parse(new String[] {"--input", "a", "--output", "c", "--bogus", "1"}));
  }

  @Test
  void quoteKeysFoldMarksAccentsAndPunctuation() {
    assertEquals("i dont know", QuoteKey.of("\u201CI don\u2019t   know\u2026\u201D"));
    assertEquals("i dont know", QuoteKey.of("'I don't know...'"));
    assertEquals("us russia talks", QuoteKey.of("U.S.\u2013Russia talks"));
    assertEquals("us russia talks", QuoteKey.of("US-Russia  talks!"));
    assertEquals("zelenskyy a kyiv cafe", QuoteKey.of("Zelenskyy \u00e0 Kyiv caf\u00e9"));
    assertEquals("1000 troops", QuoteKey.of("1,000 troops"));
    assertEquals("", QuoteKey.of("\u201C \u2014 \u201D"));
    assertNull(QuoteKey.of(null));
    assertEquals(4, QuoteKey.words("we will not cede"));
  }

  @Test
  void surnamesMapToTheOnlyFullName() {
    List<String> speakers = new ArrayList<>(List.of("Sergey Lavrov", "Lavrov", "Trump", "Donald Trump",
        "Melania Trump", "NATO", "Martin Luther King Jr.", "King", "l\u00f3pez", "Andr\u00e9s Manuel L\u00f3pez"));
    speakers.add(null);
    Map<String, String> m = SpeakerSurnames.mapping(speakers);
    assertEquals(Map.of("Lavrov", "Sergey Lavrov", "King", "Martin Luther King Jr.",
        "l\u00f3pez", "Andr\u00e9s Manuel L\u00f3pez"), m);
  }

  // ---- fixtures ------------------------------------------------------------------------------------

  static Row stance(String target, String label, double score) {
    return RowFactory.create(target, label, score, 0.8, null, "mention");
  }

  static Row quote(String article, String id, String kind, String text, String speaker, double sentiment,
      String source, String published, Row... stance) {
    String label = sentiment > 0.1 ? "positive" : sentiment < -0.1 ? "negative" : "neutral";
    return RowFactory.create(article, id, kind, text, 0, text.length(), speaker, speaker, speaker == null ? null : 0,
        speaker == null ? null : 1, "said", label, sentiment, 0.9,
        scala.jdk.javaapi.CollectionConverters.asScala(List.of(stance)).toList(), source, Date.valueOf(published),
        "title of " + article, published);
  }

  static void writeAnalyzeOutput(SparkSession spark, String dir, List<Row> quotes) throws IOException {
    spark.createDataFrame(quotes, QUOTE).write().mode(SaveMode.Overwrite).option("compression", "zstd")
        .partitionBy("published_date").parquet(dir + "/quotes");
    Files.writeString(Path.of(dir, "_run.json"), "{\"job\":\"analyze\",\"finished\":\"2025-02-19T00:00:00Z\","
        + "\"counts\":{\"articles_ok\":2,\"quotes\":" + quotes.size() + "}}");
  }

  /** Rows by their key columns joined with '|' (null as "null"); fails on a duplicate key. */
  static Map<String, Row> byKey(Dataset<Row> df, String... keys) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : df.collectAsList()) {
      List<String> parts = new ArrayList<>();
      for (String k : keys) parts.add(Objects.toString(r.getAs(k)));
      Row old = m.put(String.join("|", parts), r);
      assertNull(old, "duplicate key " + parts);
    }
    return m;
  }
}
