package org.quotestance.analyze;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.quotestance.quotes.Quotation;

/**
 * Writes the three tables from the analysed articles: {@code articles/} (one row per input),
 * {@code quotes/} and {@code stances/} (partitioned by published date). Parquet with zstd; rows are
 * sorted inside each file so that a re-run writes the same rows in the same order.
 */
final class OutputTables {

  private OutputTables() {}

  static final String PARTITION = "published_date";
  /** Up to this many tasks write the dated tables directly; above it the rows are shuffled by date first. */
  static final int WRITERS_WITHOUT_SHUFFLE = 16;

  /** Rows one writer task takes on before a table is written by more tasks than one. */
  static final long ROWS_PER_WRITER = 250_000;

  /**
   * Writer tasks for a table of {@code rows} rows: the analysis tasks' count for a large table, fewer for a small one.
   * Each writer opens one file per date it holds, and on a small input that per-file cost is most of the write: on
   * PolNeAR dev (4 tasks, 28 dates, 2,304 quotes) four writers wrote 112 quote files. Merging partitions is no shuffle.
   */
  static int writers(long rows, int tasks) {
    return (int) Math.max(1, Math.min(tasks, (rows + ROWS_PER_WRITER - 1) / ROWS_PER_WRITER));
  }

  static Map<String, Long> write(Dataset<Row> results, String output, int tasks) {
    Dataset<Row> articles = results.drop("quotes");
    Dataset<Row> quotes = results.select(explode(col("quotes")).as("q")).select("q.*")
        .withColumn(PARTITION, coalesce(date_format(col("published"), "yyyy-MM-dd"), lit("unknown")));
    Dataset<Row> stances = quotes.select(col("article_id"), col("quote_id"), col("speaker"), col("kind"),
            explode(col("stance")).as("s"), col("source"), col("published"), col(PARTITION))
        .select(col("article_id"), col("quote_id"), col("speaker"), col("kind"), col("s.target").as("target"),
            col("s.label").as("label"), col("s.score").as("score"), col("s.confidence").as("confidence"),
            col("s.evidence").as("evidence"), col("s.basis").as("basis"), col("source"), col("published"), col(PARTITION));

    Map<String, Long> counts = counts(results);
    together(
        () -> articles.coalesce(writers(counts.get("articles"), tasks)).sortWithinPartitions("article_id").write()
            .mode(SaveMode.Overwrite).option("compression", "zstd").parquet(output + "/articles"),
        () -> writePartitioned(quotes, counts.get("quotes"), tasks, output + "/quotes", col("article_id"),
            col("char_start"), col("char_end")),
        () -> writePartitioned(stances, counts.get("stances"), tasks, output + "/stances", col("article_id"),
            col("quote_id"), col("target")));
    return counts;
  }

  /**
   * Runs the three writes as concurrent Spark jobs (each table its own folder and its own job), so that a small
   * table's single writer task does not leave the other cores idle while the next write waits; on a large input the
   * scheduler runs their tasks in turn as before. The first failure is rethrown once all have ended.
   */
  static void together(Runnable... writes) {
    ExecutorService pool = Executors.newFixedThreadPool(writes.length, r -> {
      Thread t = new Thread(r, "qs-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable w : writes) running.add(pool.submit(w));
      RuntimeException first = null;
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (first == null) first = c instanceof RuntimeException r ? r : new IllegalStateException(c);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing", e);
        }
      }
      if (first != null) throw first;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The manifest's row counts in one aggregation over the cached results (four separate count queries cost
   * seconds of scheduling on small inputs): articles by status, quotes by kind, quotes with a speaker, and
   * stance calls.
   */
  static Map<String, Long> counts(Dataset<Row> results) {
    Column quotes = coalesce(col("quotes"), array());
    List<Column> aggs = new ArrayList<>();
    aggs.add(sum(when(col("status").equalTo("ok"), 1L).otherwise(0L)));
    aggs.add(sum(when(col("status").equalTo("rejected"), 1L).otherwise(0L)));
    for (Quotation.Kind k : Quotation.Kind.values()) {
      aggs.add(sum(size(filter(quotes, q -> q.getField("kind").equalTo(k.label())))));
    }
    aggs.add(sum(size(filter(quotes, q -> q.getField("speaker").isNotNull()))));
    aggs.add(sum(aggregate(quotes, lit(0L), (n, q) -> n.plus(size(q.getField("stance"))))));
    Row r = results.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0])).first();

    Map<String, Long> counts = new LinkedHashMap<>();
    int i = 0;
    long ok = value(r, i++);
    long rejected = value(r, i++);
    counts.put("articles_ok", ok);
    counts.put("articles_rejected", rejected);
    counts.put("articles", ok + rejected);
    long total = 0;
    for (Quotation.Kind k : Quotation.Kind.values()) {
      long n = value(r, i++);
      counts.put("quotes_" + k.label(), n);
      total += n;
    }
    counts.put("quotes", total);
    counts.put("quotes_with_speaker", value(r, i++));
    counts.put("stances", value(r, i));
    return counts;
  }

  private static long value(Row r, int i) {
    return r.isNullAt(i) ? 0L : ((Number) r.get(i)).longValue();
  }

  private static void writePartitioned(Dataset<Row> df, long rows, int tasks, String path, Column... order) {
    if (rows == 0) {
      // A partitioned write of no rows leaves a folder no reader can open ("unable to infer schema"): a run without
      // scoring has no stances, an input without quotations no quotes. One empty file keeps the table's columns.
      df.limit(0).coalesce(1).write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(path);
      return;
    }
    Column[] sort = new Column[order.length + 1];
    sort[0] = col(PARTITION);
    System.arraycopy(order, 0, sort, 1, order.length);
    // Every task writes a file into every date it holds: tasks × dates files. On a large corpus (hundreds of tasks,
    // thousands of dates) that is hundreds of thousands of small files, so there the rows are first shuffled to one
    // writer per date. On a small input the shuffle's extra jobs cost more than the few extra files (measured on
    // PolNeAR dev: 4 tasks, 28 dates, about 1.3 s slower with the shuffle).
    Dataset<Row> byDate = tasks > WRITERS_WITHOUT_SHUFFLE ? df.repartition(col(PARTITION)) : df.coalesce(writers(rows, tasks));
    byDate.sortWithinPartitions(sort).write().mode(SaveMode.Overwrite).option("compression", "zstd")
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
