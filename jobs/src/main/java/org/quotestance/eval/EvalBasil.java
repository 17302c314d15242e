package org.quotestance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.quotestance.analyze.AnalyzeJob;
import org.quotestance.analyze.AnalyzeOptions;

/**
 * {@code scripts/eval-basil FILE}: runs the analyze job on a BASIL-style JSON Lines file and scores,
 * for every gold quote span with a named speaker and target, whether a quote overlapping it carries
 * a stance toward that target (coverage) and whether the label agrees (pos = favor, neg = against;
 * macro-F1 over the two, a neutral call counting as wrong), by the rules of
 * {@code shared/tools/score_basil.py}. Targets are the people and organisations named around each
 * quote plus the default targets, as in any run.
 */
public final class EvalBasil {

  private EvalBasil() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "that", "this", "act",
      "party", "of");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'\\-]+");

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: EvalBasil BASIL.jsonl [WORK_DIR]");
      System.exit(2);
    }
    Path gold = Path.of(args[0]);
    Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("qs-eval-basil");
    Files.createDirectories(work);
    SparkSession spark = SparkSession.builder().appName("QuoteStance eval-basil").getOrCreate();
    try {
      String out = work.resolve("output").toString();
      AnalyzeJob.run(spark, new AnalyzeOptions(List.of(gold.toString()), out, null, null, 200_000, 0, 0));
      Map<String, List<Row>> quotes = new HashMap<>();
      try (BufferedWriter w = Files.newBufferedWriter(work.resolve("predictions.jsonl"), StandardCharsets.UTF_8)) {
        for (Row r : spark.read().parquet(out + "/quotes").select("article_id", "char_start", "char_end", "stance")
            .collectAsList()) {
          quotes.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
          ObjectNode o = JSON.createObjectNode();
          o.put("article_id", r.getString(0)).put("char_start", r.getInt(1)).put("char_end", r.getInt(2));
          ArrayNode st = o.putArray("stance");
          for (Row c : r.<Row>getList(3)) st.addObject().put("target", c.getString(0)).put("label", c.getString(1));
          w.write(o.toString());
          w.newLine();
        }
      }
      System.out.println(score(gold, quotes));
      System.out.println("predictions: " + work.resolve("predictions.jsonl"));
    } finally {
      spark.stop();
    }
  }

  static String score(Path gold, Map<String, List<Row>> quotes) throws IOException {
    int n = 0;
    List<String[]> pairs = new ArrayList<>();   // {wanted, got}
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode d = JSON.readTree(line);
      for (JsonNode s : d.get("gold").get("spans")) {
        if (!s.path("quote").asBoolean(false) || s.path("target").isNull() || s.path("target").asText().isEmpty()
            || s.path("start").isNull()) {
          continue;
        }
        String speaker = s.path("speaker").isNull() ? "" : s.path("speaker").asText();
        if (speaker.isEmpty() || speaker.startsWith("other")) continue;
        n++;
        String want = s.get("polarity").asText().equals("pos") ? "favor" : "against";
        Set<String> tt = tokens(s.get("target").asText());
        int gs = s.get("start").asInt();
        int ge = s.get("end").asInt();
        String got = null;
        for (Row p : quotes.getOrDefault(d.get("id").asText(), List.of())) {
          if (!AttributionScore.loose(p.getInt(1), p.getInt(2), gs, ge)) continue;
          for (Row st : p.<Row>getList(3)) {
            Set<String> pt = tokens(st.getString(0));
            pt.retainAll(tt);
            if (!pt.isEmpty()) { got = st.getString(1); break; }
          }
          if (got != null) break;
        }
        if (got != null) pairs.add(new String[] {want, got});
      }
    }
    double f1 = (f1(pairs, "favor") + f1(pairs, "against")) / 2;
    return String.format(Locale.ROOT, "basil: %d gold quote spans with a named speaker and target; coverage %.4f"
        + " (%d covered); macro-F1 favor/against %.4f", n, n == 0 ? 0.0 : pairs.size() / (double) n, pairs.size(), f1);
  }

  private static double f1(List<String[]> pairs, String c) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String[] p : pairs) {
      if (p[0].equals(c) && p[1].equals(c)) tp++;
      else if (p[1].equals(c)) fp++;
      else if (p[0].equals(c)) fn++;
    }
    double prec = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double rec = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    return prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
  }

  private static Set<String> tokens(String s) {
    String n = Normalizer.normalize(s == null ? "" : s.replace('_', ' '), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(n);
    while (m.find()) {
      if (m.group().length() > 3 && !STOP.contains(m.group())) out.add(m.group());
    }
    return out;
  }
}
