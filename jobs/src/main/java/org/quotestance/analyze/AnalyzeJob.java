package org.quotestance.analyze;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.quotestance.article.ArticleDecoder;
import org.quotestance.article.ArticleOrRejection;
import org.quotestance.article.Rejection;
import org.quotestance.cli.UsageException;
import org.quotestance.speakers.CanonicalNames;
import org.quotestance.stance.Targets;

/**
 * The analyze job: articles in, Parquet tables of who said what out.
 *
 * <p>{@code spark-submit --class org.quotestance.analyze.AnalyzeJob quotestance-jobs-*-all.jar
 * --input PATH --output DIR}. The master comes from spark-submit, never from here. Steps: list the
 * inputs, decode them into articles (bad ones become rejected rows), analyse each partition with one
 * shared pipeline, write the tables, then the run manifest last.
 */
public final class AnalyzeJob {

  private AnalyzeJob() {}

  public static void main(String[] args) {
    AnalyzeOptions opts;
    try {
      opts = AnalyzeOptions.parse(args);
    } catch (UsageException e) {
      UsageException.exitWithUsage(e, AnalyzeOptions.USAGE);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("QuoteStance analyze").getOrCreate();
    int status = 0;
    try {
      SummaryTable.print(run(spark, opts), System.out);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("error: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) System.exit(status);
  }

  private static final String ADAPTIVE = "spark.sql.adaptive.enabled";

  /** Runs the whole job; returns what it did. Used by main and by the tests. */
  public static RunSummary run(SparkSession spark, AnalyzeOptions opts) {
    long t0 = System.currentTimeMillis();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String targetsJson = readTargets(opts.targets());
    String aliases = opts.aliases() == null ? "" : readFile(opts.aliases(), "aliases");
    Targets.parse(targetsJson, opts.targets() == null ? Targets.DEFAULT_RESOURCE : opts.targets());
    if (!aliases.isEmpty()) CanonicalNames.withLines(aliases, opts.aliases());

    InputFiles files = InputFiles.list(opts.inputs(), jsc.hadoopConfiguration());
    if (files.count() == 0) throw new IllegalArgumentException("no input files under " + opts.inputs());
    OutputFolder.prepare(opts.output(), jsc.hadoopConfiguration());
    System.out.printf("QuoteStance: %d text file(s), %d JSON Lines file(s), %d other file(s) -> %s%n",
        files.text().size(), files.jsonLines().size(), files.unsupported().size(), opts.output());

    JavaRDD<ArticleOrRejection> decoded = decode(jsc, files, opts.maxChars());
    int partitions = opts.partitions() > 0 ? opts.partitions() : files.partitions(jsc.defaultParallelism());
    LongAccumulator done = jsc.sc().longAccumulator("articles analysed");
    Work work = Work.accumulators(jsc);
    JavaRDD<Row> rows = analyse(decoded.repartition(partitions), targetsJson, aliases, opts.scoring(), done, work);

    Dataset<Row> results = spark.createDataFrame(rows, OutputSchema.RESULT).persist(StorageLevel.MEMORY_AND_DISK());
    // In local mode the driver JVM is the executor: loading the models here, before the clock starts,
    // keeps loading out of the speed figure (tasks would otherwise wait on it inside the timed part).
    // On a cluster each executor loads them lazily in its first task.
    if (jsc.isLocal()) {
      long tLoad = System.currentTimeMillis();
      ArticleAnalyzer.loadModels(opts.scoring());
      System.out.printf("QuoteStance: models loaded in %.1f s%n", (System.currentTimeMillis() - tLoad) / 1000.0);
    }
    ScheduledExecutorService progress = progressReporter(jsc, done, work.tokens());
    long tAnalyse = System.currentTimeMillis();
    Map<String, Long> counts;
    // Adaptive execution re-plans each query after its shuffles; the job's queries (one aggregation, three writes
    // with no joins) gain nothing from it, and on PolNeAR dev its extra jobs cost about 0.8 s of 25. The session's
    // own setting comes back afterwards (tests and callers share the session).
    String adaptive = spark.conf().get(ADAPTIVE, null);
    spark.conf().set(ADAPTIVE, "false");
    try {
      counts = OutputTables.write(results, opts.output(), partitions);
    } finally {
      if (adaptive == null) spark.conf().unset(ADAPTIVE); else spark.conf().set(ADAPTIVE, adaptive);
      progress.shutdownNow();
      results.unpersist();
    }
    long t1 = System.currentTimeMillis();
    RunSummary summary = new RunSummary(opts, files, counts, work.value(), t1 - t0, t1 - tAnalyse,
        jsc.master(), partitions, spark.version());
    RunManifest.write(summary, targetsJson, jsc.hadoopConfiguration());
    return summary.withPreview(OutputTables.preview(spark, opts.output(), opts.showRows()));
  }

  // ---- decoding ------------------------------------------------------------------------------------

  /** Every input file becomes articles or rejections; nothing is dropped silently. */
  static JavaRDD<ArticleOrRejection> decode(JavaSparkContext jsc, InputFiles files, int maxChars) {
    List<JavaRDD<ArticleOrRejection>> parts = new ArrayList<>();
    if (!files.text().isEmpty()) {
      parts.add(jsc.binaryFiles(String.join(",", files.text()))
          .map(f -> new ArticleDecoder(maxChars).fromTextFile(f._1(), f._2().toArray())));
    }
    if (!files.jsonLines().isEmpty()) {
      @SuppressWarnings("unchecked")
      JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
          String.join(",", files.jsonLines()), TextInputFormat.class, LongWritable.class, Text.class,
          jsc.hadoopConfiguration());
      parts.add(lines.mapPartitionsWithInputSplit((split, it) -> jsonLines((FileSplit) split, it, maxChars), true));
    }
    if (!files.unsupported().isEmpty()) {
      List<ArticleOrRejection> other = new ArrayList<>();
      for (String f : files.unsupported()) {
        other.add(ArticleOrRejection.rejected(Rejection.of(ArticleDecoder.idFromPath(f), f,
            "unsupported file type (expected .txt, .jsonl or .jsonl.gz)")));
      }
      parts.add(jsc.parallelize(other, 1));
    }
    JavaRDD<ArticleOrRejection> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) all = all.union(parts.get(i));
    return all;
  }

  private static Iterator<ArticleOrRejection> jsonLines(FileSplit split, Iterator<scala.Tuple2<LongWritable, Text>> it,
      int maxChars) {
    String file = split.getPath().toString();
    boolean whole = split.getStart() == 0;
    ArticleDecoder decoder = new ArticleDecoder(maxChars);
    return new Iterator<>() {
      long line = 0;
      ArticleOrRejection next = advance();

      private ArticleOrRejection advance() {
        while (it.hasNext()) {
          scala.Tuple2<LongWritable, Text> kv = it.next();
          line++;
          Text t = kv._2();
          if (isBlank(t)) continue;
          // Line numbers are exact when this task reads the file from its start (always for .gz).
          String where = whole ? file + ":line " + line : file + "@byte " + kv._1().get();
          return decoder.fromJsonLine(where, t.getBytes(), t.getLength());
        }
        return null;
      }

      @Override
      public boolean hasNext() { return next != null; }

      @Override
      public ArticleOrRejection next() {
        ArticleOrRejection r = next;
        next = advance();
        return r;
      }
    };
  }

  private static boolean isBlank(Text t) {
    byte[] b = t.getBytes();
    for (int i = 0; i < t.getLength(); i++) if (!Character.isWhitespace(b[i])) return false;
    return true;
  }

  // ---- analysis ------------------------------------------------------------------------------------

  /**
   * One analyzer per partition over the JVM's shared models; an article that fails becomes a
   * rejected row with the error, and the partition goes on.
   */
  static JavaRDD<Row> analyse(JavaRDD<ArticleOrRejection> in, String targetsJson, String aliases, boolean scoring,
      LongAccumulator done, Work work) {
    return in.mapPartitions(it -> {
      ArticleAnalyzer analyzer = new ArticleAnalyzer(Targets.parse(targetsJson, "--targets"),
          aliases.isEmpty() ? CanonicalNames.defaults() : CanonicalNames.withLines(aliases, "--aliases"), scoring);
      List<Row> out = new ArrayList<>();
      while (it.hasNext()) {
        ArticleOrRejection a = it.next();
        if (a.isRejected()) {
          out.add(OutputSchema.rejected(a.rejection()));
        } else {
          try {
            AnalyzedArticle r = analyzer.analyze(a.article());
            out.add(OutputSchema.analyzed(r));
            work.add(r);
          } catch (RuntimeException | StackOverflowError e) {
            var art = a.article();
            out.add(OutputSchema.rejected(new Rejection(art.id(), art.input(),
                "analysis failed: " + e, art.source(), art.title(), art.published(), art.url())));
          }
        }
        done.add(1);
      }
      return out.iterator();
    });
  }

  /**
   * A line every 15 seconds on long runs: tasks (partitions) done, articles done and tokens per second so far.
   * Spark reports an accumulator only when its task ends, so the task count is what moves first.
   */
  private static ScheduledExecutorService progressReporter(JavaSparkContext jsc, LongAccumulator done,
      LongAccumulator tokens) {
    ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "quotestance-progress");
      t.setDaemon(true);
      return t;
    });
    long start = System.currentTimeMillis();
    ex.scheduleAtFixedRate(() -> {
      double secs = (System.currentTimeMillis() - start) / 1000.0;
      int tasks = 0;
      int finished = 0;
      for (int id : jsc.statusTracker().getActiveStageIds()) {
        var stage = jsc.statusTracker().getStageInfo(id);
        if (stage == null) continue;
        tasks += stage.numTasks();
        finished += stage.numCompletedTasks();
      }
      String stageText = tasks > 0 ? String.format("stage tasks %d/%d, ", finished, tasks) : "";
      System.out.printf("  ... %s%d articles analysed, %.0f tokens/s (%.0f s)%n", stageText, done.value(),
          tokens.value() / Math.max(1, secs), secs);
    }, 15, 15, TimeUnit.SECONDS);
    return ex;
  }

  // ---- settings ------------------------------------------------------------------------------------

  private static String readTargets(String path) {
    if (path != null) return readFile(path, "targets");
    try (var in = AnalyzeJob.class.getResourceAsStream("/" + Targets.DEFAULT_RESOURCE)) {
      if (in == null) throw new IllegalStateException("default targets missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readFile(String path, String what) {
    try {
      return Files.readString(java.nio.file.Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + what + " file " + path + ": " + e, e);
    }
  }

  /** The output folder: created, or emptied when it holds an earlier run; anything else is refused. */
  static final class OutputFolder {
    private OutputFolder() {}

    static void prepare(String output, org.apache.hadoop.conf.Configuration conf) {
      try {
        Path p = new Path(output);
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) return;
        if (!fs.getFileStatus(p).isDirectory()) {
          throw new IllegalArgumentException("--output " + output + " is a file, not a folder");
        }
        var children = fs.listStatus(p);
        if (children.length == 0) return;
        boolean earlierRun = fs.exists(new Path(p, "_run.json")) || fs.exists(new Path(p, "quotes"))
            || fs.exists(new Path(p, "articles"));
        if (!earlierRun) {
          throw new IllegalArgumentException("--output " + output
              + " holds files that are not a QuoteStance output; choose an empty or new folder");
        }
        fs.delete(p, true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot prepare output " + output + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * What the analysed articles cost, summed over the run: tokens tagged, the articles' own analysis time (thread time of
   * the tasks, so it can exceed the run's wall time) and the part of it spent scoring sentiment and stance.
   */
  public record AnalysisWork(long tokens, long articleMillis, long scoringMillis) {
    /** Scoring's share of the articles' analysis time, 0 when nothing was analysed. */
    public double scoringShare() { return articleMillis == 0 ? 0 : (double) scoringMillis / articleMillis; }
  }

  /** The accumulators behind {@link AnalysisWork}, added to by the tasks. */
  record Work(LongAccumulator tokens, LongAccumulator articleMillis, LongAccumulator scoringMillis)
      implements java.io.Serializable {
    static Work accumulators(JavaSparkContext jsc) {
      return new Work(jsc.sc().longAccumulator("tokens tagged"), jsc.sc().longAccumulator("article analysis ms"),
          jsc.sc().longAccumulator("scoring ms"));
    }

    void add(AnalyzedArticle a) {
      tokens.add(a.tokens());
      articleMillis.add(a.millis());
      scoringMillis.add(a.scoringMillis());
    }

    AnalysisWork value() { return new AnalysisWork(tokens.value(), articleMillis.value(), scoringMillis.value()); }
  }

  /** Key figures of a run, for the manifest, the printed table and the tests. */
  public record RunSummary(AnalyzeOptions options, InputFiles files, Map<String, Long> counts, AnalysisWork work,
      long totalMillis, long analyseMillis, String master, int partitions, String sparkVersion,
      List<Row> preview) {

    RunSummary(AnalyzeOptions options, InputFiles files, Map<String, Long> counts, AnalysisWork work, long totalMillis,
        long analyseMillis, String master, int partitions, String sparkVersion) {
      this(options, files, counts, work, totalMillis, analyseMillis, master, partitions, sparkVersion, List.of());
    }

    RunSummary withPreview(List<Row> rows) {
      return new RunSummary(options, files, counts, work, totalMillis, analyseMillis, master, partitions,
          sparkVersion, rows);
    }

    public long count(String key) { return counts.getOrDefault(key, 0L); }

    public long tokens() { return work.tokens(); }
  }
}
