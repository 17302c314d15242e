package org.quotestance.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotestance.sentiment.model.Metrics;
import org.quotestance.sentiment.model.Softmax;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the whole-text sentiment model.
 * <ul>
 *   <li>{@code EvalSentiment SST_TREES.txt [PRED_OUT.jsonl]}: root labels of SST PTB trees; prints the figures of
 *   score_sst.py ({"fine","three","binary","trees","predicted"}), then binary ECE and throughput. Mapping:
 *   argmax negative/neutral/positive → 1/2/3, → 0/4 when that class has p &gt; 0.8; score = p(pos) - p(neg).</li>
 *   <li>{@code EvalSentiment NEWSMTSC.jsonl}: sentence-level (label = sign of mean target polarity) macro-F1,
 *   accuracy and ECE.</li>
 * </ul>
 */
public final class EvalSentiment {
    private static final Pattern LEAF = Pattern.compile("\\(\\d+ ([^()\\s]+)\\)");

    public static void main(String[] args) throws Exception {
        if (args.length < 1) { System.err.println("usage: EvalSentiment SST_TREES|NEWSMTSC.jsonl [PRED_OUT.jsonl]"); System.exit(2); }
        if (args[0].endsWith(".jsonl")) newsmtsc(Path.of(args[0]));
        else sst(Path.of(args[0]), args.length > 1 ? Path.of(args[1]) : null);
        System.exit(0);
    }

    static void sst(Path trees, Path predOut) throws Exception {
        List<Integer> gold = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(trees)) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            gold.add(l.charAt(1) - '0');
            texts.add(detokenize(l));
        }
        long t0 = System.nanoTime();
        double[][] probs = SentimentScorer.shared().probabilities(texts);
        double secs = (System.nanoTime() - t0) / 1e9;
        ObjectMapper om = new ObjectMapper();
        BufferedWriter w = predOut != null ? Files.newBufferedWriter(predOut) : null;
        int fine = 0, tri = 0, binOk = 0, binN = 0;
        List<Double> conf = new ArrayList<>(); List<Boolean> ok = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            double[] p = probs[i];
            int c = Softmax.argmax(p);
            int label = c == 0 ? (p[0] > 0.8 ? 0 : 1) : c == 1 ? 2 : (p[2] > 0.8 ? 4 : 3);
            double score = p[2] - p[0];
            int g = gold.get(i);
            fine += label == g ? 1 : 0;
            tri += three(label) == three(g) ? 1 : 0;
            if (g != 2) {
                binN++;
                boolean pos = label > 2 || (label == 2 && score > 0), neg = label < 2 || (label == 2 && score < 0);
                boolean right = (g > 2 && pos) || (g < 2 && neg);
                binOk += right ? 1 : 0;
                double pb = Math.max(p[0], p[2]) / (p[0] + p[2]);
                conf.add(pb); ok.add((g > 2) == (p[2] > p[0]));
            }
            if (w != null) {
                ObjectNode o = om.createObjectNode();
                o.put("line", i + 1); o.put("label", label); o.put("score", score);
                w.write(om.writeValueAsString(o)); w.newLine();
            }
        }
        if (w != null) w.close();
        int n = gold.size();
        System.out.println("{\"fine\": " + Metrics.round4(fine / (double) n) + ", \"three\": " + Metrics.round4(tri / (double) n)
                + ", \"binary\": " + Metrics.round4(binOk / (double) binN) + ", \"trees\": " + n + ", \"predicted\": " + n + "}");
        double[] cf = conf.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] okb = new boolean[ok.size()];
        for (int i = 0; i < okb.length; i++) okb[i] = ok.get(i);
        System.out.printf("binary ECE %.4f (confidence = max(p+,p-)/(p+ + p-), %d non-neutral roots); %d texts in %.2fs (%.0f texts/s)%n",
                Metrics.ece(cf, okb), cf.length, n, secs, n / secs);
    }

    static int three(int x) { return x < 2 ? 0 : (x == 2 ? 1 : 2); }

    static String detokenize(String tree) {
        Matcher m = LEAF.matcher(tree);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            if (b.length() > 0) b.append(' ');
            b.append(m.group(1));
        }
        return b.toString().replace("-LRB-", "(").replace("-RRB-", ")").replace("``", "\"").replace("''", "\"")
                .replaceAll(" (n't|'s|'re|'ve|'m|'ll|'d|[,.;:!?%)])", "$1").replace("( ", "(")
                .replace("\\/", "/").replace("\\*", "*");
    }

    static void newsmtsc(Path file) throws Exception {
        ObjectMapper om = new ObjectMapper();
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, Integer> cls = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode d = om.readTree(line);
            double sum = 0; int k = 0;
            for (JsonNode t : d.get("targets")) { sum += (t.get("polarity").asDouble() - 4.0) / 2.0; k++; }
            double m = k == 0 ? 0 : sum / k;
            text.put(d.get("primary_gid").asText(), d.get("sentence_normalized").asText());
            cls.put(d.get("primary_gid").asText(), m < -0.01 ? 0 : m > 0.01 ? 2 : 1);
        }
        List<String> texts = new ArrayList<>(text.values());
        long t0 = System.nanoTime();
        double[][] probs = SentimentScorer.shared().probabilities(texts);
        double secs = (System.nanoTime() - t0) / 1e9;
        int n = texts.size();
        int[] y = cls.values().stream().mapToInt(Integer::intValue).toArray(), p = new int[n];
        double[] conf = new double[n]; boolean[] ok = new boolean[n];
        for (int i = 0; i < n; i++) { p[i] = Softmax.argmax(probs[i]); conf[i] = probs[i][p[i]]; ok[i] = p[i] == y[i]; }
        double[] fa = Metrics.f1Acc(y, p, 3);
        System.out.printf("sentence-level: macro-F1 %.4f acc %.4f ECE %.4f (n=%d); %.0f texts/s%n", fa[0], fa[1], Metrics.ece(conf, ok), n, n / secs);
    }
}
