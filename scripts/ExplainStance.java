import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotestance.sentiment.Sentiment;
import org.quotestance.sentiment.SentimentScorer;
import org.quotestance.stance.StanceCall;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceScorer;
import org.quotestance.stance.TargetMatcher;
import org.quotestance.stance.Targets;

/**
 * What the shipped sentiment and stance models say about sentences, one per line on standard input: the whole
 * sentence's sentiment, then a call per default target the sentence names (the model alone: the job's rules on
 * reporters' attitudes, proposed acts and topics need the article and are not applied here). See scripts/explain-stance.
 */
public final class ExplainStance {
  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String l; (l = in.readLine()) != null; ) if (!l.isBlank()) lines.add(l.strip());
    }
    List<StanceInput> inputs = new ArrayList<>();
    for (String l : lines) inputs.add(new StanceInput(l, TargetMatcher.find(l, Targets.defaults())));
    List<Sentiment> sentiments = SentimentScorer.shared().score(lines);
    List<List<StanceCall>> calls = StanceScorer.shared().score(inputs);
    for (int i = 0; i < lines.size(); i++) {
      Sentiment s = sentiments.get(i);
      System.out.printf(Locale.ROOT, "%s%n  sentiment %s %+.2f (confidence %.2f)%n", lines.get(i), s.label(), s.score(), s.confidence());
      if (calls.get(i).isEmpty()) System.out.println("  no default target named");
      for (StanceCall c : calls.get(i)) {
        System.out.printf(Locale.ROOT, "  %-24s %-8s %+.2f (confidence %.2f)%s%n", c.target(), c.label(), c.score(), c.confidence(),
            c.evidence() == null || c.evidence().isEmpty() ? "" : ", evidence \"" + c.evidence() + "\"");
      }
    }
  }
}
