package org.quotestance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/eval-agreement FILE [PREDICTIONS]}: how far two PolNeAR annotators agree with each other, by
 * issue 3's own scorer. PolNeAR train holds a few stories annotated twice (two ids and two annotators
 * for one story, whose text was sometimes edited in a few words); each annotation is scored against the other as
 * if it were a prediction (its sources as speaker mentions), in both directions. With the predictions
 * file of an {@code eval-attribution} run over the same file, our rows are scored against each
 * annotation of those stories too, so a machine figure can be set beside the human one.
 */
public final class AnnotatorAgreement {

  private AnnotatorAgreement() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One annotated article: its id, annotator and text, and its gold attributions. */
  record Annotated(String id, String annotator, String text, List<AttributionScore.Gold> gold) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: AnnotatorAgreement POLNEAR.jsonl [PREDICTIONS.jsonl]");
      System.exit(2);
    }
    List<List<Annotated>> pairs = pairs(read(Path.of(args[0])));
    if (pairs.isEmpty()) {
      System.out.println("no story in " + args[0] + " is annotated twice");
      return;
    }
    Map<String, List<AttributionScore.Gold>> first = new LinkedHashMap<>();
    Map<String, List<AttributionScore.Gold>> second = new LinkedHashMap<>();
    Map<String, List<AttributionScore.Pred>> secondOnFirst = new LinkedHashMap<>();
    Map<String, List<AttributionScore.Pred>> firstOnSecond = new LinkedHashMap<>();
    for (List<Annotated> p : pairs) {
      Annotated a = p.get(0);
      Annotated b = p.get(1);
      System.out.printf("story annotated twice: %s (%s, %d attributions) / %s (%s, %d)%n", a.id(), a.annotator(),
          a.gold().size(), b.id(), b.annotator(), b.gold().size());
      first.put(a.id(), a.gold());
      second.put(b.id(), b.gold());
      secondOnFirst.put(a.id(), asPredictions(b.gold(), TextAlignment.of(b.text(), a.text())));
      firstOnSecond.put(b.id(), asPredictions(a.gold(), TextAlignment.of(a.text(), b.text())));
    }
    report("second annotator judged against the first", first, secondOnFirst);
    report("first annotator judged against the second", second, firstOnSecond);
    if (args.length > 1) {
      Map<String, List<AttributionScore.Pred>> ours = EvalAttribution.readPredictions(Path.of(args[1]));
      report("our rows judged against the first annotator", first, ours);
      report("our rows judged against the second annotator", second, ours);
    }
  }

  /**
   * Stories annotated more than once, as pairs in file order: the same first line (a PolNeAR article's
   * title) and nine in ten words in common, since a recurring title ("Things to know for today") is not
   * one story.
   */
  static List<List<Annotated>> pairs(List<Annotated> articles) {
    Map<String, List<Annotated>> byStory = new LinkedHashMap<>();
    for (Annotated a : articles) {
      int eol = a.text().indexOf('\n');
      String key = eol < 0 ? a.text() : a.text().substring(0, eol);
      byStory.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    List<List<Annotated>> out = new ArrayList<>();
    for (List<Annotated> story : byStory.values()) {
      List<Annotated> left = new ArrayList<>(story);
      while (left.size() > 1) {
        Annotated a = left.remove(0);
        for (int i = 0; i < left.size(); i++) {
          if (TextAlignment.of(a.text(), left.get(i).text()).sharedWords() >= 0.9) {
            out.add(List.of(a, left.remove(i)));
            break;
          }
        }
      }
    }
    return out;
  }

  /** One annotation's attributions as predicted rows on another text: content and source spans mapped. */
  static List<AttributionScore.Pred> asPredictions(List<AttributionScore.Gold> gold, TextAlignment align) {
    List<AttributionScore.Pred> out = new ArrayList<>();
    for (AttributionScore.Gold g : gold) {
      Integer ss = null;
      Integer se = null;
      if (!g.sources().isEmpty()) {
        ss = align.map(g.sources().get(0)[0]);
        se = align.map(g.sources().get(g.sources().size() - 1)[1]);
      }
      out.add(new AttributionScore.Pred(align.map(g.start()), align.map(g.end()), g.kind(),
          g.sourceText().isEmpty() ? null : g.sourceText(), ss, se));
    }
    return out;
  }

  private static List<Annotated> read(Path file) throws IOException {
    Map<String, List<AttributionScore.Gold>> gold = EvalAttribution.readPolnear(file);
    List<Annotated> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode d = JSON.readTree(line);
      String id = d.get("id").asText();
      out.add(new Annotated(id, d.path("gold").path("annotator").asText("?"), d.get("text").asText(), gold.get(id)));
    }
    return out;
  }

  private static void report(String title, Map<String, List<AttributionScore.Gold>> gold,
      Map<String, List<AttributionScore.Pred>> pred) {
    System.out.println(title);
    for (boolean strict : new boolean[] {false, true}) {
      for (List<String> kinds : List.of(List.<String>of(), List.of("direct", "mixed"), List.of("indirect"))) {
        System.out.printf("  %-6s %-12s %s%n", strict ? "strict" : "loose", kinds.isEmpty() ? "all" : String.join("+", kinds),
            AttributionScore.score(gold, pred, strict, kinds));
      }
    }
  }
}
