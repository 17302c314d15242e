package org.quotestance.analyze;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quotestance.article.Article;
import org.quotestance.article.Rejection;
import org.quotestance.stance.StanceCall;

/**
 * The Parquet tables' columns (documented one by one in docs/schema.md) and the conversion of the
 * pipeline's records into Spark rows. One "result" row per input article carries the article's
 * columns and its quotes, so the expensive analysis runs once and every table is read from it.
 */
public final class OutputSchema {

  private OutputSchema() {}

  public static final StructType STANCE = createStructType(new StructField[] {
      createStructField("target", StringType, false),
      createStructField("label", StringType, false),
      createStructField("score", DoubleType, false),
      createStructField("confidence", DoubleType, false),
      createStructField("evidence", StringType, true),
      createStructField("basis", StringType, false)});

  public static final StructType QUOTE = createStructType(new StructField[] {
      createStructField("article_id", StringType, false),
      createStructField("quote_id", StringType, false),
      createStructField("kind", StringType, false),
      createStructField("text", StringType, false),
      createStructField("char_start", IntegerType, false),
      createStructField("char_end", IntegerType, false),
      createStructField("speaker", StringType, true),
      createStructField("speaker_mention", StringType, true),
      createStructField("speaker_char_start", IntegerType, true),
      createStructField("speaker_char_end", IntegerType, true),
      createStructField("cue", StringType, true),
      createStructField("sentiment_label", StringType, true),      // null in a --no-scoring run
      createStructField("sentiment_score", DoubleType, true),
      createStructField("sentiment_confidence", DoubleType, true),
      createStructField("stance", createArrayType(STANCE, false), false),
      createStructField("source", StringType, true),
      createStructField("published", DateType, true),
      createStructField("title", StringType, true)});

  static final StructType ARTICLE = createStructType(new StructField[] {
      createStructField("article_id", StringType, false),
      createStructField("source", StringType, true),
      createStructField("title", StringType, true),
      createStructField("published", DateType, true),
      createStructField("url", StringType, true),
      createStructField("status", StringType, false),
      createStructField("reason", StringType, true),
      createStructField("n_quotes", IntegerType, false),
      createStructField("n_chars", IntegerType, false),
      createStructField("n_tokens", IntegerType, false),
      createStructField("millis", LongType, false),
      createStructField("scoring_millis", LongType, false),
      createStructField("input", StringType, true)});

  /** The article's columns and, last, its quotes. */
  static final StructType RESULT = withQuotes(ARTICLE);

  private static StructType withQuotes(StructType article) {
    List<StructField> fields = new ArrayList<>(List.of(article.fields()));
    fields.add(createStructField("quotes", createArrayType(QUOTE, false), false));
    return createStructType(fields);
  }

  static Row analyzed(AnalyzedArticle a) {
    Article art = a.article();
    Date published = date(art.published());
    List<Row> quotes = new ArrayList<>(a.quotes().size());
    for (QuoteRecord q : a.quotes()) {
      List<Row> stance = new ArrayList<>(q.stance().size());
      for (StanceCall c : q.stance()) {
        stance.add(RowFactory.create(c.target(), c.label(), c.score(), c.confidence(), c.evidence(), c.basis()));
      }
      quotes.add(RowFactory.create(q.articleId(), q.quoteId(), q.kind(), q.text(), q.charStart(), q.charEnd(),
          q.speaker(), q.speakerMention(), q.speakerCharStart(), q.speakerCharEnd(), q.cue(),
          q.sentimentLabel(), q.sentimentScore(), q.sentimentConfidence(), seq(stance), art.source(), published,
          art.title()));
    }
    return RowFactory.create(art.id(), art.source(), art.title(), published, art.url(), "ok", null,
        quotes.size(), art.text().length(), a.tokens(), a.millis(), a.scoringMillis(), art.input(), seq(quotes));
  }

  static Row rejected(Rejection r) {
    return RowFactory.create(r.id(), r.source(), r.title(), date(r.published()), r.url(), "rejected", r.reason(),
        0, 0, 0, 0L, 0L, r.input(), seq(List.of()));
  }

  /** Spark's row encoder wants Scala sequences for array columns. */
  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }

  private static Date date(String iso) {
    return iso == null ? null : Date.valueOf(LocalDate.parse(iso));
  }
}
