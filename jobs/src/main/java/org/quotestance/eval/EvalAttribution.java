package org.quotestance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.quotestance.analyze.AnalyzeJob;
import org.quotestance.analyze.AnalyzeOptions;

/**
 * {@code scripts/eval-attribution FILE}: runs the analyze job on a PolNeAR-style JSON Lines file (its
 * {@code gold} field is ignored by the job), together with the seed article and the peer fixtures,
 * in one Spark application, then prints precision, recall and F1 for all attributions and per gold
 * kind at the loose and strict levels, speaker accuracy, the seed check and the fixtures' pass count.
 * It writes the predicted rows as {@code predictions.jsonl} in the work folder, the input the
 * reference scorer reads, so the two can be compared.
 */
public final class EvalAttribution {

  private EvalAttribution() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] argv) throws IOException {
    // --no-scoring: quotes and speakers only, for comparing attribution rules in half the time
    boolean scoring = !List.of(argv).contains("--no-scoring");
    String[] args = java.util.Arrays.stream(argv).filter(a -> !a.equals("--no-scoring")).toArray(String[]::new);
    if (args.length < 4) {
      System.err.println("usage: EvalAttribution GOLD.jsonl SEED.txt SEED_GOLD.jsonl FIXTURES.json [WORK_DIR] [--no-scoring]");
      System.exit(2);
    }
    Path gold = Path.of(args[0]);
    Path seed = Path.of(args[1]);
    Path seedGold = Path.of(args[2]);
    Path fixtures = Path.of(args[3]);
    Path work = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("qs-eval-attribution");
    Path in = Files.createDirectories(work.resolve("input"));
    Files.deleteIfExists(in.resolve(seed.getFileName()));
    Files.copy(seed, in.resolve(seed.getFileName()));
    JsonNode fx = JSON.readTree(fixtures.toFile());
    writeFixtures(fx, in.resolve("fixtures.jsonl"));

    SparkSession spark = SparkSession.builder().appName("QuoteStance eval-attribution").getOrCreate();
    try {
      String out = work.resolve("output").toString();
      AnalyzeJob.RunSummary run = AnalyzeJob.run(spark,
          new AnalyzeOptions(List.of(gold.toString(), in.toString()), out, null, null, 200_000, 0, 0, scoring));
      Map<String, List<AttributionScore.Pred>> pred = new HashMap<>();
      Map<String, String> texts = new HashMap<>();
      try (BufferedWriter w = Files.newBufferedWriter(work.resolve("predictions.jsonl"), StandardCharsets.UTF_8)) {
        for (Row r : spark.read().parquet(out + "/quotes").select("article_id", "char_start", "char_end", "kind",
            "speaker", "speaker_char_start", "speaker_char_end", "speaker_mention").collectAsList()) {
          AttributionScore.Pred p = new AttributionScore.Pred(r.getInt(1), r.getInt(2), r.getString(3),
              r.getString(4), r.isNullAt(5) ? null : r.getInt(5), r.isNullAt(6) ? null : r.getInt(6));
          pred.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(p);
          texts.put(r.getString(0) + "#" + p.start(), r.getString(7));
          ObjectNode o = JSON.createObjectNode();
          o.put("article_id", r.getString(0)).put("char_start", p.start()).put("char_end", p.end())
              .put("kind", p.kind()).put("speaker", p.speaker());
          if (p.speakerStart() == null) o.putNull("speaker_char_start"); else o.put("speaker_char_start", p.speakerStart());
          if (p.speakerEnd() == null) o.putNull("speaker_char_end"); else o.put("speaker_char_end", p.speakerEnd());
          w.write(o.toString());
          w.newLine();
        }
      }
      // a rejected article scores as if nothing were found in it: say so, or a crash reads as a loss of recall
      for (Row r : spark.read().parquet(out + "/articles").where("status = 'rejected'").select("article_id", "reason")
          .collectAsList()) {
        System.out.println("rejected article " + r.getString(0) + ": " + r.getString(1));
      }
      report(readPolnear(gold), pred);
      System.out.println(SeedCheck.run(readSeedGold(seedGold), pred.getOrDefault(
          seed.getFileName().toString().replaceAll("\\.txt$", ""), List.of())));
      System.out.println(fixtures(fx, pred, spark, out));
      System.out.printf(Locale.ROOT, "speed%s: %d tokens in %.1f s analyse+write = %.0f tokens/s (whole job %.1f s)%n",
          scoring ? "" : " (no scoring: not issue 3's figure)", run.tokens(), run.analyseMillis() / 1000.0,
          run.tokens() / (run.analyseMillis() / 1000.0), run.totalMillis() / 1000.0);
      // issue 4 bounds what scoring adds to the job; the articles' own time is the base (Spark's share is not scoring's)
      if (scoring) System.out.printf(Locale.ROOT, "scoring: %.1f s of the articles' %.1f s analysis time (%.1f %%), adding %.0f %% to"
              + " tagging and attribution%n", run.work().scoringMillis() / 1000.0, run.work().articleMillis() / 1000.0,
          100 * run.work().scoringShare(),
          100.0 * run.work().scoringMillis() / Math.max(1, run.work().articleMillis() - run.work().scoringMillis()));
      System.out.println("predictions: " + work.resolve("predictions.jsonl"));
    } finally {
      spark.stop();
    }
  }

  private static void report(Map<String, List<AttributionScore.Gold>> gold, Map<String, List<AttributionScore.Pred>> pred) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("all", List.of());
    groups.put("direct", List.of("direct"));
    groups.put("mixed (partial)", List.of("mixed"));
    groups.put("direct+mixed", List.of("direct", "mixed"));
    groups.put("indirect", List.of("indirect"));
    System.out.printf("attribution on %d articles (%s)%n", gold.size(), "loose: shorter span half inside; strict: Jaccard >= 0.8");
    for (boolean strict : new boolean[] {false, true}) {
      for (Map.Entry<String, List<String>> g : groups.entrySet()) {
        AttributionScore.Figures f = AttributionScore.score(gold, pred, strict, g.getValue());
        System.out.printf("  %-6s %-16s %s%n", strict ? "strict" : "loose", g.getKey(), f);
      }
    }
  }

  static Map<String, List<AttributionScore.Gold>> readPolnear(Path file) throws IOException {
    Map<String, List<AttributionScore.Gold>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode d = JSON.readTree(line);
      List<AttributionScore.Gold> gs = out.computeIfAbsent(d.get("id").asText(), k -> new ArrayList<>());
      for (JsonNode a : d.get("gold").get("attributions")) {
        if (a.get("content").isEmpty()) continue;
        int s = Integer.MAX_VALUE;
        int e = Integer.MIN_VALUE;
        for (JsonNode c : a.get("content")) {
          s = Math.min(s, c.get("start").asInt());
          e = Math.max(e, c.get("end").asInt());
        }
        List<int[]> sources = new ArrayList<>();
        List<String> sourceText = new ArrayList<>();
        for (JsonNode x : a.get("source")) {
          sources.add(new int[] {x.get("start").asInt(), x.get("end").asInt()});
          sourceText.add(x.get("text").asText());
        }
        gs.add(new AttributionScore.Gold(s, e, a.get("kind").asText(), sources, String.join(" ", sourceText), null));
      }
    }
    return out;
  }

  /** The rows an earlier run wrote to {@code predictions.jsonl}, by article. */
  static Map<String, List<AttributionScore.Pred>> readPredictions(Path file) throws IOException {
    Map<String, List<AttributionScore.Pred>> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode r = JSON.readTree(line);
      out.computeIfAbsent(r.get("article_id").asText(), k -> new ArrayList<>()).add(new AttributionScore.Pred(
          r.get("char_start").asInt(), r.get("char_end").asInt(), r.path("kind").asText(null),
          r.path("speaker").isTextual() ? r.get("speaker").asText() : null,
          r.path("speaker_char_start").isInt() ? r.get("speaker_char_start").asInt() : null,
          r.path("speaker_char_end").isInt() ? r.get("speaker_char_end").asInt() : null));
    }
    return out;
  }

  static List<AttributionScore.Gold> readSeedGold(Path file) throws IOException {
    List<AttributionScore.Gold> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode d = JSON.readTree(line);
      out.add(new AttributionScore.Gold(d.get("start").asInt(), d.get("end").asInt(), d.get("kind").asText(),
          List.of(), "", d.get("speaker").isNull() ? null : d.get("speaker").asText()));
    }
    return out;
  }

  private static void writeFixtures(JsonNode fx, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < fx.size(); i++) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "fixture-" + i).put("text", fx.get(i).get("text").asText());
        w.write(o.toString());
        w.newLine();
      }
    }
  }

  private static String fixtures(JsonNode fx, Map<String, List<AttributionScore.Pred>> pred, SparkSession spark,
      String out) {
    Map<String, List<Row>> rows = new HashMap<>();
    for (Row r : spark.read().parquet(out + "/quotes").filter("article_id LIKE 'fixture-%'")
        .select("article_id", "char_start", "char_end", "kind", "speaker_mention", "speaker").collectAsList()) {
      rows.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
    }
    int pass = 0;
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < fx.size(); i++) {
      List<FixtureCheck.Found> found = new ArrayList<>();
      for (Row r : rows.getOrDefault("fixture-" + i, List.of())) {
        found.add(new FixtureCheck.Found(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5)));
      }
      if (FixtureCheck.passes(fx.get(i).get("text").asText(), fx.get(i).get("expected"), found)) pass++;
      else failed.add(String.valueOf(i));
    }
    return String.format("peer fixtures: %d/%d pass%s", pass, fx.size(),
        failed.isEmpty() ? "" : " (failing: " + String.join(", ", failed) + ")");
  }
}
