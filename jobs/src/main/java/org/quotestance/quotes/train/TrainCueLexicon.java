package org.quotestance.quotes.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.nlp.Token;
import org.quotestance.quotes.QuoteMarks;
import org.quotestance.quotes.QuoteSpan;
import org.quotestance.quotes.ReportingClauses;

/**
 * Learns {@code quotes/cue-lexicon.tsv} from PolNeAR-style training articles: for every verb that has
 * a source before it (as {@link ReportingClauses} reads sources), whether a hand-labelled cue covers
 * it. The same pass counts nouns before "that" and a clause ({@code quotes/noun-cues.tsv}) and words before a
 * preposition and its object ({@code quotes/preposition-cues.tsv}: labelled when a cue covers the preposition and a
 * content starts right after it). Deterministic: the same articles give the same tables.
 *
 * <p>{@code TrainCueLexicon TRAIN.jsonl VERBS_OUT.tsv NOUNS_OUT.tsv PREPOSITIONS_OUT.tsv}
 */
public final class TrainCueLexicon {

  private TrainCueLexicon() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: TrainCueLexicon TRAIN.jsonl VERBS_OUT.tsv NOUNS_OUT.tsv PREPOSITIONS_OUT.tsv");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> docs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) docs.add(json.readTree(line));
    }
    Map<String, AtomicIntegerArray> counts = new ConcurrentHashMap<>();
    Map<String, AtomicIntegerArray> nouns = new ConcurrentHashMap<>();
    Map<String, AtomicIntegerArray> pairs = new ConcurrentHashMap<>();
    long t0 = System.currentTimeMillis();
    docs.parallelStream().forEach(d -> {
      String text = d.get("text").asText();
      List<int[]> cues = new ArrayList<>();
      List<Integer> contentStarts = new ArrayList<>();
      for (JsonNode a : d.get("gold").get("attributions")) {
        for (JsonNode c : a.get("cue")) cues.add(new int[] {c.get("start").asInt(), c.get("end").asInt()});
        for (JsonNode c : a.get("content")) contentStarts.add(c.get("start").asInt());
      }
      TaggedText doc = LinguisticPipeline.shared().tag(text);
      List<QuoteSpan> quotes = QuoteMarks.find(text);
      for (Sentence s : doc.sentences()) {
        for (int v = 0; v < s.size(); v++) {
          Token t = s.token(v);
          boolean cue = covered(t, cues);
          String pair = ReportingClauses.prepositionalCuePair(s, v, quotes);
          if (pair != null) {
            AtomicIntegerArray n = pairs.computeIfAbsent(pair, k -> new AtomicIntegerArray(2));
            n.incrementAndGet(0);
            // labelled when a cue covers the preposition and a content starts right after it
            Token prep = s.token(v + 1);
            boolean prepCue = covered(prep, cues);
            boolean contentAfter = false;
            for (int c : contentStarts) contentAfter |= c >= prep.end() && c <= s.token(v + 2).begin();
            if (prepCue && contentAfter) n.incrementAndGet(1);
          }
          if (ReportingClauses.nounWithThatClause(s, v)) {
            AtomicIntegerArray n = nouns.computeIfAbsent(t.lemma().toLowerCase(), k -> new AtomicIntegerArray(2));
            n.incrementAndGet(0);
            if (cue) n.incrementAndGet(1);
          }
          if (!ReportingClauses.hasSourceAndCueShape(s, v)) continue;
          AtomicIntegerArray n = counts.computeIfAbsent(t.lemma().toLowerCase(), k -> new AtomicIntegerArray(4));
          n.incrementAndGet(0);
          if (cue) n.incrementAndGet(1);
          if (ReportingClauses.hasPlainObject(s, v, quotes)) {
            n.incrementAndGet(2);
            if (cue) n.incrementAndGet(3);
          }
        }
      }
    });
    Map<String, AtomicIntegerArray> sorted = new TreeMap<>(counts);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      w.println("# lemma<TAB>seen with a source<TAB>labelled as a cue<TAB>of these, with a plain object<TAB>labelled"
          + " as a cue; learned by scripts/train-cues from "
          + docs.size() + " articles");
      int kept = 0;
      for (Map.Entry<String, AtomicIntegerArray> e : sorted.entrySet()) {
        if (e.getValue().get(0) < 2) continue;
        w.println(e.getKey() + "\t" + e.getValue().get(0) + "\t" + e.getValue().get(1) + "\t" + e.getValue().get(2)
            + "\t" + e.getValue().get(3));
        kept++;
      }
      System.err.printf("%d articles, %d lemmas kept, %.0f s%n", docs.size(), kept,
          (System.currentTimeMillis() - t0) / 1000.0);
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      w.println("# lemma<TAB>seen as a noun before \"that\" and a clause<TAB>labelled as a cue; learned by"
          + " scripts/train-cues from " + docs.size() + " articles");
      for (Map.Entry<String, AtomicIntegerArray> e : new TreeMap<>(nouns).entrySet()) {
        if (e.getValue().get(0) >= 2) w.println(e.getKey() + "\t" + e.getValue().get(0) + "\t" + e.getValue().get(1));
      }
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
      w.println("# lemma and preposition<TAB>seen with an object after them<TAB>labelled as a cue with that object as"
          + " content; learned by scripts/train-cues from " + docs.size() + " articles; only pairs labelled at least once");
      for (Map.Entry<String, AtomicIntegerArray> e : new TreeMap<>(pairs).entrySet()) {
        AtomicIntegerArray n = e.getValue();
        if (n.get(1) >= 1) w.println(e.getKey() + "\t" + n.get(0) + "\t" + n.get(1));
      }
    }
  }

  /** Token t overlaps a labelled cue span. */
  private static boolean covered(Token t, List<int[]> cues) {
    for (int[] c : cues) if (t.begin() < c[1] && t.end() > c[0]) return true;
    return false;
  }
}
