package org.quotestance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quotestance.analyze.AnalyzedArticle;
import org.quotestance.analyze.ArticleAnalyzer;
import org.quotestance.article.Article;
import org.quotestance.sentiment.model.Encoder;
import org.quotestance.speakers.CanonicalNames;
import org.quotestance.stance.Targets;

/**
 * Benchmark: the per-article pipeline's throughput without Spark, so that the job's own overhead
 * (scheduling, Parquet, counts) can be told apart from the NLP and scoring. Models load before the
 * clock starts.
 *
 * <pre>java -cp jobs/target/quotestance-jobs-0.1.0-all.jar org.quotestance.eval.AnalyzerSpeed FILE.jsonl [THREADS]</pre>
 */
public final class AnalyzerSpeed {

  private AnalyzerSpeed() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: AnalyzerSpeed FILE.jsonl [THREADS]   (JSON Lines with id and text)");
      System.exit(2);
    }
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    List<Article> articles = read(Path.of(args[0]));
    ArticleAnalyzer.loadModels();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(Targets.defaults(), CanonicalNames.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<AnalyzedArticle>> done = new ArrayList<>();
      for (Article a : articles) done.add(pool.submit(() -> analyzer.analyze(a)));
      long total = 0, millis = 0, scoring = 0;
      for (Future<AnalyzedArticle> f : done) {
        AnalyzedArticle r = f.get();
        total += r.tokens();
        millis += r.millis();
        scoring += r.scoringMillis();
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%d articles, %d tokens in %.1f s on %d thread(s): %.0f tokens/s%n",
          articles.size(), total, secs, threads, total / secs);
      System.out.printf("scoring sentiment and stance: %.1f s of the articles' %.1f s (%.1f %%)%n",
          scoring / 1000.0, millis / 1000.0, 100.0 * scoring / Math.max(1, millis));
      long[] work = Encoder.shared().work();
      System.out.printf("encoder: %d runs over %d word pieces (the articles: %d tokens)%n", work[0], work[1], total);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Article> read(Path file) {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        out.add(new Article(n.get("id").asText(), n.get("text").asText(), null, null, null, null, file.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
