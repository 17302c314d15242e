package org.quotestance.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotestance.sentiment.model.MentionContext;
import org.quotestance.sentiment.model.Metrics;
import org.quotestance.sentiment.model.Softmax;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the stance model on a NewsMTSC file: EvalStance GOLD.jsonl [PRED_OUT.jsonl].
 * Prints the figures of score_newsmtsc.py ({"f1m","acc","targets","missing"}), then ECE and throughput.
 */
public final class EvalStance {
    private static final String[] NAMES = {"negative", "neutral", "positive"};

    public static void main(String[] args) throws Exception {
        if (args.length < 1) { System.err.println("usage: EvalStance GOLD.jsonl [PRED_OUT.jsonl]"); System.exit(2); }
        ObjectMapper om = new ObjectMapper();
        Map<String, Object[]> gold = new LinkedHashMap<>(); // key gid|from|to -> {gid, text, from, to, cls}
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) continue;
            JsonNode d = om.readTree(line);
            for (JsonNode t : d.get("targets")) {
                double pol = t.get("polarity").asDouble();
                int cls = pol == 2.0 ? 0 : pol == 4.0 ? 1 : 2;
                String gid = d.get("primary_gid").asText();
                gold.put(gid + "|" + t.get("from").asInt() + "|" + t.get("to").asInt(),
                        new Object[]{gid, d.get("sentence_normalized").asText(), t.get("from").asInt(), t.get("to").asInt(), cls});
            }
        }
        StanceScorer scorer = StanceScorer.shared();
        List<MentionContext> ctxs = new ArrayList<>();
        for (Object[] g : gold.values()) ctxs.add(MentionContext.of((String) g[1], (int) g[2], (int) g[3], scorer.windowWords()));
        long t0 = System.nanoTime();
        double[][] probs = scorer.probabilities(ctxs);
        double secs = (System.nanoTime() - t0) / 1e9;
        int n = gold.size();
        int[] y = new int[n], p = new int[n], pArgmax = new int[n];
        double[] conf = new double[n]; boolean[] ok = new boolean[n];
        int i = 0;
        BufferedWriter w = args.length > 1 ? Files.newBufferedWriter(Path.of(args[1])) : null;
        for (Object[] g : gold.values()) {
            y[i] = (int) g[4]; p[i] = scorer.decide(probs[i]); pArgmax[i] = Softmax.argmax(probs[i]); conf[i] = probs[i][p[i]]; ok[i] = p[i] == y[i];
            if (w != null) {
                ObjectNode o = om.createObjectNode();
                o.put("primary_gid", (String) g[0]); o.put("from", (int) g[2]); o.put("to", (int) g[3]); o.put("label", NAMES[p[i]]);
                w.write(om.writeValueAsString(o)); w.newLine();
            }
            i++;
        }
        if (w != null) w.close();
        double[] fa = Metrics.f1Acc(y, p, 3);
        System.out.println("{\"f1m\": " + Metrics.round4(fa[0]) + ", \"acc\": " + Metrics.round4(fa[1]) + ", \"targets\": " + n + ", \"missing\": 0}");
        double[] fArg = Metrics.f1Acc(y, pArgmax, 3);
        System.out.printf("for comparison, plain argmax over the same probabilities: macro-F1 %.4f acc %.4f%n", fArg[0], fArg[1]);
        int[][] cm = new int[3][3];
        for (int j = 0; j < n; j++) cm[y[j]][p[j]]++;
        System.out.printf("confusion (rows gold neg/neu/pos, columns predicted neg/neu/pos): %s %s %s%n",
                java.util.Arrays.toString(cm[0]), java.util.Arrays.toString(cm[1]), java.util.Arrays.toString(cm[2]));
        System.out.printf("ECE %.4f; %s; %d mentions scored in %.2fs (%.0f mentions/s, cold cache, incl. embedding)%n",
                Metrics.ece(conf, ok), scorer.describe(), n, secs, n / secs);
        System.exit(0);
    }
}
