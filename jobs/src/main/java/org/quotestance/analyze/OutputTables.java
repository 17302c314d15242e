package org.quotestance.analyze;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the three tables from the analysed articles: {@code articles/} (one row per input),
 * {@code quotes/} and {@code stances/} (partitioned by published date). Parquet with zstd; rows are
 * sorted inside each file so that a re-run writes the same rows in the same order.
 */
final class OutputTables {

  private OutputTables() {}

  static final String PARTITION = "published_date";

  static Map<String, Long> write(Dataset<Row> results, String output) {
    Dataset<Row> articles = results.drop("quotes");
    Dataset<Row> quotes = results.select(explode(col("quotes")).as("q")).select("q.*")
        .withColumn(PARTITION, coalesce(date_format(col("published"), "yyyy-MM-dd"), lit("unknown")));
    Dataset<Row> stances = quotes.select(col("article_id"), col("quote_id"), col("speaker"), col("kind"),
            explode(col("stance")).as("s"), col("source"), col("published"), col(PARTITION))
        .select(col("article_id"), col("quote_id"), col("speaker"), col("kind"), col("s.target").as("target"),
            col("s.label").as("label"), col("s.score").as("score"), col("s.confidence").as("confidence"),
            col("s.evidence").as("evidence"), col("s.basis").as("basis"), col("source"), col("published"), col(PARTITION));

    articles.sortWithinPartitions("article_id").write().mode(SaveMode.Overwrite)
        .option("compression", "zstd").parquet(output + "/articles");
    writePartitioned(quotes, output + "/quotes", col("article_id"), col("char_start"), col("char_end"));
    writePartitioned(stances, output + "/stances", col("article_id"), col("quote_id"), col("target"));

    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row r : articles.groupBy("status").count().collectAsList()) {
      counts.put("articles_" + r.getString(0), r.getLong(1));
    }
    counts.put("articles", counts.getOrDefault("articles_ok", 0L) + counts.getOrDefault("articles_rejected", 0L));
    long total = 0;
    for (Row r : quotes.groupBy("kind").count().collectAsList()) {
      counts.put("quotes_" + r.getString(0), r.getLong(1));
      total += r.getLong(1);
    }
    counts.put("quotes", total);
    counts.put("quotes_with_speaker", quotes.filter(col("speaker").isNotNull()).count());
    counts.put("stances", stances.count());
    return counts;
  }

  private static void writePartitioned(Dataset<Row> df, String path, Column... order) {
    Column[] sort = new Column[order.length + 1];
    sort[0] = col(PARTITION);
    System.arraycopy(order, 0, sort, 1, order.length);
    df.sortWithinPartitions(sort).write().mode(SaveMode.Overwrite).option("compression", "zstd")
        .partitionBy(PARTITION).parquet(path);
  }

  /** The first rows of the written quotes, for the printed summary. */
  static List<Row> preview(SparkSession spark, String output, int n) {
    if (n <= 0) return List.of();
    return spark.read().parquet(output + "/quotes")
        .select("article_id", "speaker", "speaker_mention", "kind", "sentiment_score", "stance", "text", "char_start")
        .orderBy("article_id", "char_start").limit(n).collectAsList();
  }
}
