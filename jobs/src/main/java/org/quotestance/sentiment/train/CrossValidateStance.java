package org.quotestance.sentiment.train;

import org.quotestance.sentiment.model.Encoder;
import org.quotestance.sentiment.model.MentionContext;
import org.quotestance.sentiment.model.Metrics;
import org.quotestance.sentiment.model.Softmax;
import org.quotestance.sentiment.model.StanceBundle;
import org.quotestance.sentiment.train.TrainModels.Ex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * K-fold cross-validation over NewsMTSC train of one trained stance model's recipe, for choices that one 1,295-mention
 * calibration split is too small to decide (its noise is about the size of the gains in question).
 *
 * <p>The recipe is {@code models/stance.json} on the class path, as {@code scripts/train-models} wrote it for the
 * configured encoder: its variant, L2s, MLP share and refit epochs, alpha, temperature and label rule stay fixed, and
 * only the weights are fitted again on each fold's rest. Folds are drawn by sentence text (a text under two ids stays in
 * one fold), shuffled with seed 42, so two encoders' runs score the same folds. Prints each fold's macro-F1 and the mean.
 *
 * <pre>CrossValidateStance TRAIN.jsonl [K]</pre>
 */
public final class CrossValidateStance {
    private static final Pattern EPOCHS = Pattern.compile("epochs \\[([0-9, ]+)]");

    public static void main(String[] args) throws Exception {
        List<Ex> all = TrainModels.load(Path.of(args[0]));
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        StanceBundle recipe = StanceBundle.loadResource("models/stance.json");
        int[] epochs = refitEpochs(recipe);
        System.out.printf("encoder %s; recipe: dense l2 %s, bow l2 %s, MLP share %s epochs %s, alpha %s, T %s, rule %s %s/%s%n",
                Encoder.shared().name(), recipe.dense.l2, recipe.bow.l2, recipe.mlp.weight(), Arrays.toString(epochs),
                recipe.alpha, recipe.temperature, recipe.labelRule, recipe.offsetAgainst, recipe.offsetFavor);

        Map<Ex, MentionContext> ctx = encodeAll(all);
        Map<String, Integer> fold = foldsByText(all, k);
        double sum = 0;
        List<double[][]> foldProbs = new ArrayList<>();
        List<int[]> foldLabels = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Ex> rest = new ArrayList<>(), held = new ArrayList<>();
            for (Ex e : all) (fold.get(e.text()) == f ? held : rest).add(e);
            StanceBundle b = fitLike(recipe, epochs, rest, ctx);
            int[] y = TrainModels.labels(held), p = new int[y.length];
            double[][] probs = new double[y.length][];
            for (int i = 0; i < p.length; i++) {
                probs[i] = Softmax.softmax(TrainModels.logitsOf(b, held.get(i), ctx, null), b.temperature);
                p[i] = b.decide(probs[i]);
            }
            foldProbs.add(probs);
            foldLabels.add(y);
            double f1 = Metrics.f1Acc(y, p, 3)[0];
            sum += f1;
            System.out.printf("fold %d: %d mentions, macro-F1 %.4f%n", f, held.size(), f1);
        }
        System.out.printf("mean macro-F1 over %d folds: %.4f%n", k, sum / k);
        offsetsByCrossValidation(recipe, foldProbs, foldLabels);
        System.exit(0); // the encoder's worker threads are daemons, but ONNX Runtime's are not always
    }

    /**
     * Whether the label rule's offsets would be chosen better on more data than one calibration split: for each fold,
     * the offsets that maximise macro-F1 over the other folds' held-out probabilities (the grid of
     * {@code TrainModels.chooseMargins}), scored on that fold, against the recipe's own offsets on the same fold.
     */
    static void offsetsByCrossValidation(StanceBundle recipe, List<double[][]> probs, List<int[]> labels) {
        double chosen = 0, shipped = 0;
        for (int f = 0; f < probs.size(); f++) {
            List<double[]> pr = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            for (int g = 0; g < probs.size(); g++) {
                if (g == f) continue;
                pr.addAll(Arrays.asList(probs.get(g)));
                for (int y : labels.get(g)) ys.add(y);
            }
            int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
            double[] best = TrainModels.bestOffsets(pr.toArray(new double[0][]), y);
            double oA = best[1], oF = best[2];
            double c = foldF1(probs.get(f), labels.get(f), oA, oF);
            double s = foldF1(probs.get(f), labels.get(f), recipe.offsetAgainst, recipe.offsetFavor);
            chosen += c;
            shipped += s;
            System.out.printf("fold %d: offsets chosen on the other folds %+.2f / %+.2f: macro-F1 %.4f; the recipe's %+.2f / %+.2f: %.4f%n",
                    f, oA, oF, c, recipe.offsetAgainst, recipe.offsetFavor, s);
        }
        System.out.printf("label rule offsets by cross-validation: mean macro-F1 %.4f, the recipe's offsets %.4f%n",
                chosen / probs.size(), shipped / probs.size());
    }

    private static double foldF1(double[][] probs, int[] y, double against, double favor) {
        int[] p = new int[y.length];
        for (int i = 0; i < y.length; i++) p[i] = StanceBundle.decideOffsets(probs[i], against, favor);
        return Metrics.f1Acc(y, p, 3)[0];
    }

    /** The epochs each MLP member was refitted for, as {@code TrainModels} records them in the head's config. */
    static int[] refitEpochs(StanceBundle recipe) {
        Matcher m = EPOCHS.matcher(recipe.mlp == null ? "" : recipe.mlp.config());
        if (!m.find()) throw new IllegalStateException("models/stance.json records no MLP refit epochs; retrain it with scripts/train-models");
        return Arrays.stream(m.group(1).split(",\\s*")).mapToInt(Integer::parseInt).toArray();
    }

    /** One encoder run per mention sentence; fills {@link TrainModels#FEATS} with each mention's S, C and M parts. */
    static Map<Ex, MentionContext> encodeAll(List<Ex> all) {
        Map<Ex, MentionContext> ctx = new HashMap<>();
        List<String> sents = new ArrayList<>();
        for (Ex e : all) {
            MentionContext c = MentionContext.of(e.text(), e.from(), e.to(), TrainModels.WINDOW_WORDS);
            ctx.put(e, c);
            sents.add(c.sentence());
        }
        long t0 = System.nanoTime();
        List<Encoder.Encoded> enc = Encoder.shared().encode(sents);
        Map<Ex, float[][]> parts = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            MentionContext c = ctx.get(all.get(i));
            parts.put(all.get(i), new float[][]{c.part('S', enc.get(i)), c.part('C', enc.get(i)), c.part('M', enc.get(i))});
        }
        TrainModels.FEATS = parts;
        System.out.printf("encoded %d mention sentences in %.1fs%n", new LinkedHashSet<>(sents).size(), (System.nanoTime() - t0) / 1e9);
        return ctx;
    }

    static Map<String, Integer> foldsByText(List<Ex> all, int k) {
        List<String> texts = new ArrayList<>(new LinkedHashSet<>(all.stream().map(Ex::text).toList()));
        Collections.shuffle(texts, new Random(TrainModels.SEED));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) fold.put(texts.get(i), i % k);
        return fold;
    }

    /** The recipe's model with its weights fitted on {@code data}, by {@code TrainModels.refitStance} itself. */
    static StanceBundle fitLike(StanceBundle recipe, int[] epochs, List<Ex> data, Map<Ex, MentionContext> ctx) {
        StanceBundle b = new StanceBundle();
        b.variant = recipe.variant; b.windowWords = recipe.windowWords; b.encoder = recipe.encoder;
        b.dense = recipe.dense; b.bow = recipe.bow; b.mlp = recipe.mlp;   // their L2s and share; refitStance replaces the weights
        b.alpha = recipe.alpha; b.temperature = recipe.temperature; b.labelRule = recipe.labelRule;
        b.marginAgainst = recipe.marginAgainst; b.marginFavor = recipe.marginFavor;
        b.offsetAgainst = recipe.offsetAgainst; b.offsetFavor = recipe.offsetFavor;
        TrainModels.mlpEpochs = epochs;
        TrainModels.refitStance(b, data, ctx, null);
        return b;
    }
}
