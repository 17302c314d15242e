package org.quotestance.stance;

import org.quotestance.sentiment.model.BowModel;
import org.quotestance.sentiment.model.MentionContext;
import org.quotestance.sentiment.model.StanceBundle;
import org.quotestance.sentiment.model.Tokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Target-dependent stance: for each mention, one sentence-encoder run (e5-small-v2, see Encoder) over the mention's
 * passage (shared by all mentions in it) gives the passage embedding and contextual embeddings of the window around
 * the mention and of the mention itself. The passage is the quoted words for a mention inside them (the speaker's
 * words, without the reporter's around them; the quote's sentiment encodes the same text, so the run is shared), else
 * the sentence around the mention; they feed a softmax regression trained on NewsMTSC (plus, if the trained bundle says so,
 * a bag-of-words model over the nearby words); probabilities are temperature-calibrated, averaged over a target's
 * mentions, and labelled by the model's label rule (chosen on the calibration split: argmax, a margin on
 * score = p(favor) − p(against), or class-prior offsets on the logits); positive → favor, negative → against. Loaded once per JVM; thread-safe.
 */
public final class StanceScorer {
    public static final String MODEL_RESOURCE = "models/stance.json";
    private static final String[] LABELS = {"against", "neutral", "favor"};

    private final StanceBundle bundle;

    private StanceScorer(StanceBundle bundle) {
        this.bundle = bundle;
    }

    private static final class Holder {
        static final StanceScorer INSTANCE = new StanceScorer(StanceBundle.loadResource(MODEL_RESOURCE));
    }

    public static StanceScorer shared() {
        return Holder.INSTANCE;
    }

    /** One list per input: one call per distinct target mentioned, in order of first mention. */
    public List<List<StanceCall>> score(List<StanceInput> inputs) {
        List<MentionContext> ctxs = new ArrayList<>();
        List<Boolean> readInQuotedWords = new ArrayList<>();
        for (StanceInput in : inputs) {
            String words = QUOTE_CONTEXT && !in.mentions().isEmpty() ? in.quotedWords() : "";
            boolean usable = !words.isBlank() && Tokens.tokenize(words).size() <= QUOTE_CONTEXT_MAX_WORDS;
            for (TargetMention m : in.mentions()) {
                int at = usable ? in.inQuotedWords(m.start(), m.end()) : -1;
                readInQuotedWords.add(at >= 0);
                ctxs.add(at >= 0
                        ? MentionContext.within(words, at, at + m.end() - m.start(), 0, words.length(), bundle.windowWords)
                        : MentionContext.of(in.text(), m.start(), m.end(), bundle.windowWords));
            }
        }
        double[][] probs = probabilities(ctxs);
        List<List<StanceCall>> out = new ArrayList<>(inputs.size());
        int k = 0;
        for (StanceInput in : inputs) {
            Map<String, List<Integer>> byTarget = new LinkedHashMap<>();
            for (TargetMention m : in.mentions()) byTarget.computeIfAbsent(m.target(), t -> new ArrayList<>()).add(k++);
            List<StanceCall> calls = new ArrayList<>(byTarget.size());
            for (Map.Entry<String, List<Integer>> e : byTarget.entrySet()) {
                double[] avg = new double[3];
                for (int i : e.getValue()) for (int c = 0; c < 3; c++) avg[c] += probs[i][c] / e.getValue().size();
                int cls = bundle.decide(avg);
                String evidence = "";
                if (cls != 1 && bundle.bow != null) {
                    int bestI = e.getValue().get(0);
                    for (int i : e.getValue()) if (probs[i][cls] > probs[bestI][cls]) bestI = i;
                    MentionContext c = ctxs.get(bestI);
                    List<BowModel.Occ> quoted = new ArrayList<>();
                    for (BowModel.Occ o : c.bowFeatures()) {
                        if (readInQuotedWords.get(bestI) || in.pieceHolding(o.start(), o.end()) != null) quoted.add(o);
                    }
                    evidence = bundle.bow.evidence(c.text(), quoted, cls, 3);
                }
                double score = Math.max(-1, Math.min(1, avg[2] - avg[0]));
                calls.add(new StanceCall(e.getKey(), LABELS[cls], score, Math.min(1, avg[cls]), evidence));
            }
            out.add(List.copyOf(calls));
        }
        return out;
    }

    /** {@code -Dqs.stanceContext=sentence} reads every mention in its sentence, as before session 21 (comparisons). */
    private static final boolean QUOTE_CONTEXT = !"sentence".equals(System.getProperty("qs.stanceContext"));
    /** Longer quoted words may be cut by the encoder's word-piece limit before the mention: their mentions read the sentence. */
    private static final int QUOTE_CONTEXT_MAX_WORDS = 80;

    /** Calibrated [negative, neutral, positive] probabilities per mention context (one encoder run per sentence). */
    public double[][] probabilities(List<MentionContext> ctxs) {
        double[][] x = bundle.denseInputs(ctxs);
        List<List<BowModel.Occ>> occs = new ArrayList<>(ctxs.size());
        for (MentionContext c : ctxs) occs.add(bundle.alpha != 0 ? c.bowFeatures() : null);
        return bundle.proba(x, occs);
    }

    /** The class (0 against, 1 neutral, 2 favor) the loaded model's label rule gives for calibrated probabilities. */
    public int decide(double[] probs) {
        return bundle.decide(probs);
    }

    /** The window size (words either side of a mention) the loaded model was trained with. */
    public int windowWords() {
        return bundle.windowWords;
    }

    /** Human-readable description of the loaded model. */
    public String describe() {
        return "stance model " + bundle.variant + (bundle.alpha != 0 ? "+BoW(alpha=" + bundle.alpha + ")" : "")
                + (bundle.mlp != null ? "+MLP(" + bundle.mlp.members().size() + " members, share " + bundle.mlp.weight() + ")" : "")
                + ", T=" + bundle.temperature
                + switch (bundle.labelRule == null ? "argmax" : bundle.labelRule) {
                    case "margin" -> ", label rule: margin (against if score < -" + bundle.marginAgainst + ", favor if score > "
                            + bundle.marginFavor + ")";
                    case "offsets" -> ", label rule: argmax of log p + (" + bundle.offsetAgainst + ", 0, " + bundle.offsetFavor + ")";
                    default -> ", label rule: argmax";
                }
                + "; " + bundle.notes;
    }
}
