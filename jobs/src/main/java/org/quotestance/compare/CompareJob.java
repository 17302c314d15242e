package org.quotestance.compare;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.quotestance.analyze.RunManifest;
import org.quotestance.cli.UsageException;

/**
 * The compare job: one or more analyze outputs in, who-says-what-where tables out.
 *
 * <p>{@code spark-submit --class org.quotestance.compare.CompareJob quotestance-jobs-*-all.jar
 * --input DIR [--input DIR ...] --output DIR}. The master comes from spark-submit, never from here.
 * Each input must be a complete analyze output ({@code _run.json} and {@code quotes/}); only
 * {@code quotes/} is read (its {@code stance} array holds the same calls as {@code stances/}).
 *
 * <p>Rules, applied before any table is built:
 * <ul>
 *   <li>An article (article_id) present in several inputs is taken from the last input that has it
 *       (a later {@code --input} wins), so re-analysed articles are not counted twice.
 *   <li>Speakers: a null speaker (quote not attributed to a named person) is kept and grouped as its
 *       own speaker, null. A one-word speaker (a surname alone, e.g. "Lavrov") is replaced by the full
 *       name with that surname seen among all the speakers of this comparison ("Sergey Lavrov") when
 *       exactly one full name has that surname; otherwise it stays as it is (see
 *       {@link SpeakerSurnames}). The mapping applied is listed in {@code _compare.json}.
 * </ul>
 *
 * <p>Tables (Parquet, zstd; columns documented in docs/): {@code speaker_target_article/},
 * {@code speaker_target_outlet/}, {@code speaker_outlet/}, {@code shared_quotes/}; then
 * {@code _compare.json}, last, so its presence says the tables beside it are complete. Means are
 * taken over quotes (quote x target rows for stance tables), not over per-article means; a null
 * source (outlet unknown) is a group of its own in the outlet tables.
 */
public final class CompareJob {

  private CompareJob() {}

  public static final String STA = "speaker_target_article";
  public static final String STO = "speaker_target_outlet";
  public static final String SO = "speaker_outlet";
  public static final String SHARED = "shared_quotes";
  public static final String MANIFEST = "_compare.json";
  static final List<String> TABLES = List.of(STA, STO, SO, SHARED);

  /** The columns read from each input's quotes/ (others are ignored). */
  static final StructType QUOTES_READ = createStructType(new StructField[] {
      createStructField("article_id", StringType, true),
      createStructField("quote_id", StringType, true),
      createStructField("kind", StringType, true),
      createStructField("text", StringType, true),
      createStructField("speaker", StringType, true),
      createStructField("sentiment_score", DoubleType, true),
      createStructField("stance", createArrayType(createStructType(new StructField[] {
          createStructField("target", StringType, true),
          createStructField("label", StringType, true),
          createStructField("score", DoubleType, true)}), true), true),
      createStructField("source", StringType, true),
      createStructField("published", DateType, true)});

  public static void main(String[] args) {
    CompareOptions opts;
    try {
      opts = CompareOptions.parse(args);
    } catch (UsageException e) {
      UsageException.exitWithUsage(e, CompareOptions.USAGE);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("QuoteStance compare").getOrCreate();
    int status = 0;
    try {
      Summary s = run(spark, opts);
      s.print(System.out);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("error: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) System.exit(status);
  }

  /** Runs the whole job; returns what it did. Used by main and by the tests. */
  public static Summary run(SparkSession spark, CompareOptions opts) {
    long t0 = System.currentTimeMillis();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputRun> inputs = new ArrayList<>();
    for (String in : opts.inputs()) inputs.add(InputRun.check(in, conf));
    prepareOutput(opts.output(), opts.inputs(), conf);
    String out = opts.output().endsWith("/") ? opts.output().substring(0, opts.output().length() - 1) : opts.output();

    Dataset<Row> raw = readQuotes(spark, inputs);
    Dataset<Row> quotes = null;
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, String> aliases;
    long duplicateArticles;
    List<Row> topSpeakers;
    List<Row> topShared;
    try {
      long t = System.currentTimeMillis();
      duplicateArticles = inputs.size() < 2 ? 0
          : raw.select("article_id", "input_index").distinct().groupBy("article_id").count()
              .filter(col("count").gt(1)).count();
      Dataset<Row> kept = inputs.size() < 2 ? raw : keepLastInput(raw);

      List<String> speakers = new ArrayList<>();
      for (Row r : kept.select("speaker").distinct().collectAsList()) speakers.add(r.getString(0));
      aliases = SpeakerSurnames.mapping(speakers);
      quotes = applyAliases(spark, kept, aliases).persist(StorageLevel.MEMORY_AND_DISK());
      counts.put("quotes", quotes.count());
      seconds.put("read_seconds", secs(t));

      Dataset<Row> stances = quotes.select(col("article_id"), col("quote_id"), col("speaker"),
              col("sentiment_score"), col("source"), col("published"), explode(col("stance")).as("s"))
          .select(col("article_id"), col("quote_id"), col("speaker"), col("sentiment_score"), col("source"),
              col("published"), col("s.target").as("target"), col("s.label").as("label"), col("s.score").as("score"));
      counts.put("stance_calls", stances.count());

      Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
      tables.put(STA, stances.groupBy(col("speaker"), col("target"), col("article_id"), col("source"),
              col("published")).agg(count(lit(1)).as("n_quotes"), stanceAggs())
          .orderBy(col("speaker"), col("target"), col("published"), col("article_id")));
      tables.put(STO, stances.groupBy(col("speaker"), col("target"), col("source"))
          .agg(count_distinct(col("article_id")).as("n_articles"), stanceAggs(count(lit(1)).as("n_quotes")))
          .orderBy(col("speaker"), col("target"), col("source")));
      tables.put(SO, quotes.groupBy(col("speaker"), col("source"))
          .agg(count_distinct(col("article_id")).as("n_articles"), count(lit(1)).as("n_quotes"),
              avg(col("sentiment_score")).as("mean_sentiment"))
          .orderBy(col("speaker"), col("source")));
      tables.put(SHARED, SharedQuotes.build(quotes, opts.minExcerptWords())
          .orderBy(desc("n_articles"), col("first_published"), col("quote_key")));

      for (var e : tables.entrySet()) {
        long tw = System.currentTimeMillis();
        String path = out + "/" + e.getKey();
        e.getValue().write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(path);
        counts.put(e.getKey(), spark.read().parquet(path).count());
        seconds.put(e.getKey() + "_seconds", secs(tw));
      }
      topSpeakers = spark.read().parquet(out + "/" + SO).groupBy("speaker")
          .agg(sum("n_quotes").as("n_quotes"), sum("n_articles").as("n_articles"),
              count_distinct(coalesce(col("source"), lit("\u0000"))).as("n_sources"),
              (sum(col("mean_sentiment").multiply(col("n_quotes"))).divide(sum("n_quotes"))).as("mean_sentiment"))
          .orderBy(desc("n_quotes"), col("speaker")).limit(Math.max(opts.show(), 0)).collectAsList();
      topShared = spark.read().parquet(out + "/" + SHARED).select("n_articles", "n_sources", "speaker", "text")
          .orderBy(desc("n_articles"), desc("n_sources"), col("text")).limit(Math.max(opts.show(), 0))
          .collectAsList();
    } finally {
      if (quotes != null) quotes.unpersist();
    }
    seconds.put("total_seconds", secs(t0));
    Summary s = new Summary(opts, inputs, counts, aliases, duplicateArticles, seconds, spark.version(),
        topSpeakers, topShared);
    writeManifest(s, out, conf);
    return s;
  }

  /** The given aggregates followed by the stance table's means and label counts. */
  private static Column[] stanceAggs(Column... first) {
    List<Column> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(
        avg(col("sentiment_score")).as("mean_sentiment"),
        avg(col("score")).as("mean_stance_score"),
        count(when(col("label").equalTo("favor"), 1)).as("n_favor"),
        count(when(col("label").equalTo("against"), 1)).as("n_against"),
        count(when(col("label").equalTo("neutral"), 1)).as("n_neutral")));
    return all.toArray(new Column[0]);
  }

  private static double secs(long since) { return (System.currentTimeMillis() - since) / 1000.0; }

  // ---- reading -------------------------------------------------------------------------------------

  /** All inputs' quotes, with the index of the input they came from. */
  static Dataset<Row> readQuotes(SparkSession spark, List<InputRun> inputs) {
    Dataset<Row> all = null;
    for (int i = 0; i < inputs.size(); i++) {
      String[] names = QUOTES_READ.fieldNames();
      Column[] cols = new Column[names.length + 1];
      for (int c = 0; c < names.length; c++) cols[c] = col(names[c]);
      cols[names.length] = lit(i).as("input_index");
      Dataset<Row> q = spark.read().schema(QUOTES_READ).parquet(inputs.get(i).quotesPath()).select(cols);
      all = all == null ? q : all.unionByName(q);
    }
    return all;
  }

  /** Each article from the last input that holds it. */
  static Dataset<Row> keepLastInput(Dataset<Row> raw) {
    Dataset<Row> owner = raw.groupBy(col("article_id").as("owner_id")).agg(max("input_index").as("owner_index"));
    return raw.join(owner, raw.col("article_id").equalTo(owner.col("owner_id"))
            .and(raw.col("input_index").equalTo(owner.col("owner_index"))), "left_semi");
  }

  static Dataset<Row> applyAliases(SparkSession spark, Dataset<Row> quotes, Map<String, String> aliases) {
    if (aliases.isEmpty()) return quotes;
    List<Row> rows = new ArrayList<>();
    aliases.forEach((k, v) -> rows.add(RowFactory.create(k, v)));
    Dataset<Row> map = spark.createDataFrame(rows, createStructType(new StructField[] {
        createStructField("alias_from", StringType, false), createStructField("alias_to", StringType, false)}));
    Dataset<Row> j = quotes.join(broadcast(map), quotes.col("speaker").equalTo(map.col("alias_from")), "left");
    return j.withColumn("speaker", coalesce(col("alias_to"), col("speaker"))).drop("alias_from", "alias_to");
  }

  // ---- inputs and output ---------------------------------------------------------------------------

  /** One analyze output given as --input, checked and with its manifest. */
  record InputRun(String path, String quotesPath, JsonNode manifest) {

    static InputRun check(String path, Configuration conf) {
      try {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) throw new IllegalArgumentException("--input " + path + " does not exist");
        if (!fs.getFileStatus(p).isDirectory()) {
          throw new IllegalArgumentException("--input " + path + " is a file; give an analyze output folder");
        }
        Path run = new Path(p, "_run.json");
        Path quotes = new Path(p, "quotes");
        List<String> missing = new ArrayList<>();
        if (!fs.exists(run)) missing.add("_run.json");
        if (!fs.exists(quotes) || !fs.getFileStatus(quotes).isDirectory()) missing.add("quotes/");
        if (!missing.isEmpty()) {
          throw new IllegalArgumentException("--input " + path + " is not a complete analyze output (missing "
              + String.join(" and ", missing) + "); run scripts/analyze into it first, or check the path");
        }
        JsonNode manifest;
        try (InputStream in = fs.open(run)) {
          manifest = new ObjectMapper().readTree(in);
        } catch (IOException e) {
          throw new IllegalArgumentException("--input " + path + ": _run.json is not valid JSON: " + e.getMessage(), e);
        }
        if (manifest == null || !manifest.isObject()
            || (manifest.has("job") && !"analyze".equals(manifest.get("job").asText()))) {
          throw new IllegalArgumentException("--input " + path + ": _run.json is not an analyze run manifest");
        }
        return new InputRun(path, quotes.toString(), manifest);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read --input " + path + ": " + e.getMessage(), e);
      }
    }

    Map<String, Object> describe() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", path);
      m.put("analyze_finished", manifest.path("finished").asText(null));
      JsonNode c = manifest.path("counts");
      if (c.has("articles_ok")) m.put("articles_ok", c.get("articles_ok").asLong());
      if (c.has("quotes")) m.put("quotes", c.get("quotes").asLong());
      if (manifest.path("versions").has("quotestance")) {
        m.put("quotestance", manifest.path("versions").get("quotestance").asText());
      }
      return m;
    }
  }

  /** The output folder: created, or emptied when it holds an earlier compare output; anything else is refused. */
  static void prepareOutput(String output, List<String> inputs, Configuration conf) {
    try {
      Path p = new Path(output);
      FileSystem fs = p.getFileSystem(conf);
      Path q = fs.makeQualified(p);
      for (String in : inputs) {
        Path ip = new Path(in);
        Path iq = ip.getFileSystem(conf).makeQualified(ip);
        if (iq.equals(q)) throw new IllegalArgumentException("--output " + output + " is also an --input");
      }
      if (!fs.exists(p)) return;
      if (!fs.getFileStatus(p).isDirectory()) {
        throw new IllegalArgumentException("--output " + output + " is a file, not a folder");
      }
      if (fs.listStatus(p).length == 0) return;
      if (!fs.exists(new Path(p, MANIFEST))) {
        throw new IllegalArgumentException("--output " + output + " is not empty and holds no " + MANIFEST
            + " (not an earlier compare output); choose an empty or new folder");
      }
      if (!fs.delete(p, true)) throw new IOException("delete failed");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output " + output + ": " + e.getMessage(), e);
    }
  }

  static void writeManifest(Summary s, String out, Configuration conf) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("job", "compare");
    m.put("finished", Instant.now().toString());
    List<Object> ins = new ArrayList<>();
    for (InputRun r : s.inputs()) ins.add(r.describe());
    m.put("inputs", ins);
    m.put("output", s.options().output());
    m.put("counts", s.counts());
    m.put("duplicate_articles", s.duplicateArticles());
    m.put("speaker_surnames", s.speakerAliases());
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("min_excerpt_words", s.options().minExcerptWords());
    m.put("configuration", config);
    m.put("timings", s.seconds());
    Map<String, String> versions = new LinkedHashMap<>(RunManifest.versions());
    versions.put("spark_runtime", s.sparkVersion());
    m.put("versions", versions);
    try {
      Path path = new Path(out, MANIFEST);
      try (OutputStream o = path.getFileSystem(conf).create(path, true)) {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o, m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + MANIFEST + ": " + e.getMessage(), e);
    }
  }

  // ---- result --------------------------------------------------------------------------------------

  /** Key figures of a run: for the manifest, the printed summary and the tests. */
  public record Summary(CompareOptions options, List<InputRun> inputs, Map<String, Long> counts,
      Map<String, String> speakerAliases, long duplicateArticles, Map<String, Double> seconds,
      String sparkVersion, List<Row> topSpeakers, List<Row> topShared) {

    public long count(String key) { return counts.getOrDefault(key, 0L); }

    void print(PrintStream out) {
      out.println();
      out.printf("QuoteStance compare: %d input(s), %d quotes, %d stance calls -> %s%n", inputs.size(),
          count("quotes"), count("stance_calls"), options.output());
      if (duplicateArticles > 0) {
        out.printf("  %d article(s) found in several inputs: each taken from the last input holding it%n",
            duplicateArticles);
      }
      if (!speakerAliases.isEmpty()) {
        List<String> pairs = new ArrayList<>();
        speakerAliases.forEach((k, v) -> pairs.add(k + " -> " + v));
        out.println("  surnames mapped to full names: " + String.join(", ", pairs));
      }
      out.println();
      for (String t : TABLES) out.printf("  %-24s %8d rows%n", t + "/", count(t));
      if (!topSpeakers.isEmpty()) {
        out.println();
        out.printf("%-28s %8s %9s %8s %7s%n", "speaker", "quotes", "articles", "outlets", "sent.");
        out.println("-".repeat(64));
        for (Row r : topSpeakers) {
          // no mean sentiment when the quotes were not scored (analyze --no-scoring)
          out.printf("%-28s %8d %9d %8d %7s%n", cut(r.isNullAt(0) ? "(unattributed)" : r.getString(0), 28),
              r.getLong(1), r.getLong(2), r.getLong(3), r.isNullAt(4) ? "-" : String.format("%+.2f", r.getDouble(4)));
        }
      }
      if (!topShared.isEmpty()) {
        out.println();
        out.printf("%-8s %-7s %-22s %s%n", "articles", "outlets", "speaker", "shared quote");
        out.println("-".repeat(100));
        for (Row r : topShared) {
          out.printf("%8d %7d %-22s %s%n", r.getLong(0), r.getLong(1),
              cut(r.isNullAt(2) ? "(unattributed)" : r.getString(2), 22), cut(r.getString(3).replace('\n', ' '), 60));
        }
      }
      out.println();
      out.printf("time: %.1f s; Parquet written to %s/{%s}, manifest %s/%s%n", seconds.getOrDefault("total_seconds", 0.0),
          options.output(), String.join(",", TABLES), options.output(), MANIFEST);
    }

    private static String cut(String s, int n) {
      return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
  }
}
