package org.quotestance.sentiment.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.quotestance.sentiment.model.BowModel;
import org.quotestance.sentiment.model.DenseModel;
import org.quotestance.sentiment.model.Embedder;
import org.quotestance.sentiment.model.Encoder;
import org.quotestance.sentiment.model.LrTrainer;
import org.quotestance.sentiment.model.MentionContext;
import org.quotestance.sentiment.model.Metrics;
import org.quotestance.sentiment.model.MlpEnsemble;
import org.quotestance.sentiment.model.MlpTrainer;
import org.quotestance.sentiment.model.Softmax;
import org.quotestance.sentiment.model.StanceBundle;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Retrains models/stance.json (target-dependent polarity) and models/sentiment.json (whole-text polarity)
 * from NewsMTSC. Usage: TrainModels TRAIN.jsonl RW_DEV.jsonl MT_DEV.jsonl OUT_DIR [EMB_CACHE_FILE]
 *
 * <p>Train is split by sentence (seed 42) into 85% fit / 15% calibration; L2, the bag-of-words weight and the
 * temperature are chosen on the calibration part; three feature variants are compared on the calibration part and
 * the best is written (dev figures are only reported). Everything is deterministic given the same embeddings.
 *
 * <p>Refit (default; {@code -Dqs.refit=false} writes the models fitted on the fit part): once every choice is made,
 * the weights are refitted on all of train with the chosen hyper-parameters (dense LR and bag-of-words L2, each MLP
 * member for the epoch count its early stopping chose), keeping the choices made on the calibration part (variant,
 * MLP share, alpha, temperature, label rule). The same for the sentiment LR.
 *
 * <p>Protocol check ({@code -Dqs.protocolCheck=true}): runs the whole protocol on the fit part alone (split again,
 * seed 42, into 85% inner fit / 15% inner calibration) and reports both the inner-fit models and the refitted ones on
 * the (outer) calibration part, which that run never trains or chooses on. The dev files are not read. Nothing of
 * the dev sets is needed to judge the refit this way.
 */
public final class TrainModels {
    static final long SEED = 42;
    static final int WINDOW_WORDS = 8;
    static final String[] CLASSES = StanceBundle.CLASSES;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Ex(String gid, String text, int from, int to, int y) {}

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args.length > 0 ? args[0] : "../shared/data/newsmtsc/train.jsonl");
        Path rw = Path.of(args.length > 1 ? args[1] : train.resolveSibling("newsmtsc-rw-dev.jsonl").toString());
        Path mt = Path.of(args.length > 2 ? args[2] : train.resolveSibling("newsmtsc-mt-dev.jsonl").toString());
        Path out = Path.of(args.length > 3 ? args[3] : "jobs/src/main/resources/models");
        Path cacheFile = args.length > 4 ? Path.of(args[4]) : null;

        List<Ex> all = load(train);
        List<List<Ex>> split = split(all);
        List<Ex> fit = split.get(0), cal = split.get(1);
        Map<String, List<Ex>> devs = new LinkedHashMap<>();
        if (PROTOCOL_CHECK) {
            // the protocol on the fit part alone; the outer calibration part plays the dev sets' role
            System.out.printf("PROTOCOL CHECK: train = the fit part (%d mentions), reported on the calibration part (%d), dev files not read%n",
                    fit.size(), cal.size());
            devs.put("outer-cal", cal);
            all = fit;
            split = split(all);
            fit = split.get(0); cal = split.get(1);
        } else {
            devs.put("rw-dev", load(rw));
            devs.put("mt-dev", load(mt));
        }
        System.out.println("encoder: " + Encoder.shared().name());
        System.out.printf("train mentions: fit %d, calibration %d; %s%n", fit.size(), cal.size(),
                String.join(", ", devs.entrySet().stream().map(d -> d.getKey() + " " + d.getValue().size()).toList()));

        // contexts; one encoder run per distinct sentence gives every dense part of its mentions
        Map<String, float[]> emb = new HashMap<>(); // whole texts (sentence-level sentiment)
        Map<Ex, MentionContext> ctx = new HashMap<>();
        Map<Ex, float[][]> parts = new HashMap<>(); // S, C, M
        long t0 = System.nanoTime();
        List<Ex> every = new ArrayList<>();
        every.addAll(all);
        for (List<Ex> d : devs.values()) every.addAll(d);
        List<MentionContext> cs = new ArrayList<>();
        List<String> sents = new ArrayList<>();
        for (Ex e : every) {
            MentionContext c = MentionContext.of(e.text(), e.from(), e.to(), WINDOW_WORDS);
            ctx.put(e, c); cs.add(c); sents.add(c.sentence());
        }
        List<Encoder.Encoded> enc = Encoder.shared().encode(sents);
        for (int i = 0; i < every.size(); i++) {
            MentionContext c = cs.get(i);
            parts.put(every.get(i), new float[][]{c.part('S', enc.get(i)), c.part('C', enc.get(i)), c.part('M', enc.get(i))});
        }
        List<String> texts = new ArrayList<>(new LinkedHashSet<>(every.stream().map(e -> e.text().strip()).toList()));
        float[][] tv = Embedder.shared().embed(texts);
        for (int i = 0; i < texts.size(); i++) emb.put(texts.get(i), tv[i]);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("encoded %d mention sentences + %d texts in %.1fs%n", new LinkedHashSet<>(sents).size(), texts.size(), secs);
        if (cacheFile != null) System.out.println("(embedding cache argument ignored: encoding is fast enough)");
        FEATS = parts;

        // --- stance (target-dependent) variants
        StanceBundle best = null; double bestRw = -1;
        for (String variant : List.of("S+BoW", "S+C+BoW", "S+C+M+BoW")) {
            StanceBundle b = new StanceBundle();
            b.variant = variant.replace("+BoW", "");
            b.encoder = Encoder.shared().name();
            b.windowWords = WINDOW_WORDS;
            double[][] xFit = dense(b, fit, ctx, emb); int[] yFit = labels(fit);
            double[][] xCal = dense(b, cal, ctx, emb); int[] yCal = labels(cal);
            double bestF = -1;
            for (double l2 : new double[]{3e-2, 1e-1, 3e-1, 1.0, 3.0}) {
                DenseModel m = LrTrainer.trainDense(xFit, yFit, CLASSES, l2, 300, 0.02);
                double f = Metrics.f1Acc(yCal, predict(m, xCal), 3)[0];
                System.out.printf("  %s dense l2=%g calib macro-F1 %.4f%n", variant, l2, f);
                if (f > bestF) { bestF = f; b.dense = m; }
            }
            b.alpha = 0;
            if (variant.endsWith("BoW")) {
                List<List<BowModel.Occ>> dFit = fit.stream().map(e -> ctx.get(e).bowFeatures()).toList();
                List<List<BowModel.Occ>> dCal = cal.stream().map(e -> ctx.get(e).bowFeatures()).toList();
                double bf = -1;
                for (double l2 : new double[]{3e-4, 1e-3, 3e-3}) {
                    BowModel bm = LrTrainer.trainBow(dFit, yFit, CLASSES, l2, 2, 300, 0.05);
                    int[] p = new int[yCal.length];
                    for (int i = 0; i < p.length; i++) p[i] = Softmax.argmax(bm.logits(dCal.get(i)));
                    double f = Metrics.f1Acc(yCal, p, 3)[0];
                    System.out.printf("  bow l2=%g vocab %d calib macro-F1 %.4f%n", l2, bm.vocab.length, f);
                    if (f > bf) { bf = f; b.bow = bm; }
                }
                double bestA = -1;
                for (double a : new double[]{0, 0.25, 0.5, 0.75, 1.0}) {
                    b.alpha = a; b.temperature = 1;
                    double f = Metrics.f1Acc(yCal, predictBundle(b, cal, ctx, emb), 3)[0];
                    System.out.printf("  alpha=%.2f calib macro-F1 %.4f%n", a, f);
                    if (f > bestA + 1e-9) { bestA = f; bestAlpha = a; }
                }
                b.alpha = bestAlpha;
            }
            // temperature on calibration split
            List<double[]> zc = new ArrayList<>();
            b.temperature = 1;
            for (Ex e : cal) zc.add(logitsOf(b, e, ctx, emb));
            b.temperature = LrTrainer.fitTemperature(zc, yCal);
            chooseMargins(b, zc, yCal, variant);
            double[] fc = report(b, "calib", cal, ctx, emb);
            for (Map.Entry<String, List<Ex>> d : devs.entrySet()) report(b, d.getKey(), d.getValue(), ctx, emb);
            if (b.bow == null) { // evidence model for variants without the ensemble: same BoW, weight 0
                List<List<BowModel.Occ>> dFit = fit.stream().map(e -> ctx.get(e).bowFeatures()).toList();
                b.bow = LrTrainer.trainBow(dFit, yFit, CLASSES, 1e-3, 2, 300, 0.05);
            }
            System.out.printf("variant %s: l2=%g alpha=%.2f T=%.2f label rule %s (margins %.2f/%.2f, offsets %+.2f/%+.2f)%n", variant,
                    b.dense.l2, b.alpha, b.temperature, b.labelRule, b.marginAgainst, b.marginFavor, b.offsetAgainst, b.offsetFavor);
            if (fc[0] > bestRw) { bestRw = fc[0]; best = b; bestName = variant; }
        }
        // --- MLP head over the chosen variant's dense features, mixed with its LR (weight 0 = the LR alone)
        if (!Boolean.getBoolean("qs.noMlp")) {
            addMlpHead(best, fit, cal, devs, ctx, emb);
            if (best.mlp != null) { bestName = bestName + "+MLP"; bestRw = report(best, "calib", cal, ctx, emb)[0]; }
        }
        best.trainedOn = "NewsMTSC train (" + fit.size() + " mentions; " + cal.size() + " held out for calibration), seed " + SEED;
        if (REFIT) {
            refitStance(best, all, ctx, emb);
            System.out.println("refitted on all of train (" + all.size() + " mentions); hyper-parameters, temperature and label rule as chosen on the calibration split:");
            report(best, "calib (in-sample after refit)", cal, ctx, emb);
            for (Map.Entry<String, List<Ex>> d : devs.entrySet()) report(best, d.getKey(), d.getValue(), ctx, emb);
            best.trainedOn = "NewsMTSC train, all " + all.size() + " mentions (hyper-parameters, temperature and label rule chosen with "
                    + fit.size() + " fit / " + cal.size() + " calibration mentions, split seed " + SEED + ", then refitted on all)";
        }
        double[] rf = RULE_F1.get(bestName);
        best.notes = "variant " + bestName + " chosen by calibration-split macro-F1 " + Metrics.round4(bestRw)
                + (best.mlp != null ? " (MLP head weight " + best.mlp.weight() + ", chosen on the calibration split)" : "")
                + "; label rule " + best.labelRule + " chosen on the calibration split (macro-F1 argmax " + Metrics.round4(rf[0])
                + ", margins " + best.marginAgainst + "/" + best.marginFavor + " " + Metrics.round4(rf[1])
                + ", offsets " + Metrics.round4(rf[2]) + ")";
        best.save(out.resolve("stance.json"));
        System.out.println("wrote " + out.resolve("stance.json") + " (" + bestName + ")");

        // --- whole-text sentiment: sentence embedding, label = sign of the mean target polarity
        StanceBundle s = new StanceBundle();
        s.variant = "S"; s.windowWords = 0;
        s.encoder = Encoder.shared().name();
        List<Ex> sFit = sentences(fit), sCal = sentences(cal), sAll = sentences(all);
        double[][] xf = sentX(sFit, emb), xc = sentX(sCal, emb);
        int[] yf = labels(sFit), yc = labels(sCal);
        double bf = -1;
        for (double l2 : new double[]{3e-2, 1e-1, 3e-1, 1.0, 3.0}) {
            DenseModel m = LrTrainer.trainDense(xf, yf, CLASSES, l2, 300, 0.02);
            double f = Metrics.f1Acc(yc, predict(m, xc), 3)[0];
            System.out.printf("  sentiment l2=%g calib macro-F1 %.4f%n", l2, f);
            if (f > bf) { bf = f; s.dense = m; }
        }
        List<double[]> zc = new ArrayList<>();
        for (double[] x : xc) zc.add(s.dense.logits(x));
        s.temperature = LrTrainer.fitTemperature(zc, yc);
        double[] conf = new double[yc.length]; boolean[] ok = new boolean[yc.length]; int[] pc = new int[yc.length];
        for (int i = 0; i < yc.length; i++) {
            double[] p = Softmax.softmax(zc.get(i), s.temperature);
            pc[i] = Softmax.argmax(p); conf[i] = p[pc[i]]; ok[i] = pc[i] == yc[i];
        }
        double[] fa = Metrics.f1Acc(yc, pc, 3);
        System.out.printf("sentiment calib (sentence-level, %d): macro-F1 %.4f acc %.4f ECE %.4f T=%.2f%n",
                yc.length, fa[0], fa[1], Metrics.ece(conf, ok), s.temperature);
        for (Map.Entry<String, List<Ex>> d : devs.entrySet()) reportSentiment(s, d.getKey(), sentences(d.getValue()), emb);
        s.trainedOn = "NewsMTSC train sentences (" + sFit.size() + "; " + sCal.size() + " held out), label = sign of mean target polarity, seed " + SEED;
        if (REFIT) {
            s.dense = LrTrainer.trainDense(sentX(sAll, emb), labels(sAll), CLASSES, s.dense.l2, 300, 0.02);
            System.out.printf("sentiment refitted on all %d train sentences (l2=%g, T=%.2f as chosen on the calibration split):%n",
                    sAll.size(), s.dense.l2, s.temperature);
            for (Map.Entry<String, List<Ex>> d : devs.entrySet()) reportSentiment(s, d.getKey(), sentences(d.getValue()), emb);
            s.trainedOn = "NewsMTSC train sentences, all " + sAll.size() + " (L2 and temperature chosen with " + sFit.size() + " fit / "
                    + sCal.size() + " calibration sentences, split seed " + SEED + ", then refitted on all), label = sign of mean target polarity";
        }
        s.save(out.resolve("sentiment.json"));
        System.out.println("wrote " + out.resolve("sentiment.json"));
        System.exit(0);
    }

    static final double[] ALPHAS = {0, 0.25, 0.5, 0.75, 1.0};
    static final boolean REFIT = Boolean.parseBoolean(System.getProperty("qs.refit", "true"));
    static final boolean PROTOCOL_CHECK = Boolean.getBoolean("qs.protocolCheck");
    /** Epoch kept by each MLP member's early stopping on the calibration split (for the refit). */
    static int[] mlpEpochs;

    /** Splits mentions by sentence (seed 42): [85% fit, 15% calibration]. */
    static List<List<Ex>> split(List<Ex> all) {
        List<String> gids = new ArrayList<>(new LinkedHashSet<>(all.stream().map(Ex::gid).toList()));
        Collections.shuffle(gids, new Random(SEED));
        Set<String> calGids = new java.util.HashSet<>(gids.subList(0, (int) Math.round(gids.size() * 0.15)));
        List<Ex> fit = new ArrayList<>(), cal = new ArrayList<>();
        for (Ex e : all) (calGids.contains(e.gid()) ? cal : fit).add(e);
        return List.of(fit, cal);
    }

    /**
     * Refits the chosen stance model's weights on {@code all} with its chosen hyper-parameters: the dense LR with its
     * L2, the bag-of-words LR with its L2 (vocabulary again = features seen at least twice), the MLP members for the
     * epochs their early stopping kept. Variant, MLP share, alpha, temperature and label rule stay as chosen.
     */
    static void refitStance(StanceBundle b, List<Ex> all, Map<Ex, MentionContext> ctx, Map<String, float[]> emb) {
        long t0 = System.nanoTime();
        double[][] x = dense(b, all, ctx, emb); int[] y = labels(all);
        b.dense = LrTrainer.trainDense(x, y, CLASSES, b.dense.l2, 300, 0.02);
        if (b.bow != null) {
            List<List<BowModel.Occ>> d = all.stream().map(e -> ctx.get(e).bowFeatures()).toList();
            b.bow = LrTrainer.trainBow(d, y, CLASSES, b.bow.l2, 2, 300, 0.05);
        }
        if (b.mlp != null) {
            MlpEnsemble m = MlpTrainer.trainFixedEpochs(x, y, CLASSES.length, MlpTrainer.Config.SHIPPED, mlpEpochs);
            b.mlp = new MlpEnsemble(m.mean(), m.std(), m.members(), b.mlp.weight(), b.mlp.config()
                    + "; refitted on all of train for epochs " + java.util.Arrays.toString(mlpEpochs) + " (early stopping's choice on the calibration split)");
        }
        System.out.printf("refit: dense l2=%g, bow %s, MLP %s in %.1fs%n", b.dense.l2, b.bow == null ? "-" : "l2=" + b.bow.l2 + " vocab " + b.bow.vocab.length,
                b.mlp == null ? "-" : "epochs " + java.util.Arrays.toString(mlpEpochs), (System.nanoTime() - t0) / 1e9);
    }

    /** Sentence-level figures of the sentiment model (argmax of the tempered probabilities). */
    static void reportSentiment(StanceBundle s, String name, List<Ex> sents, Map<String, float[]> emb) {
        double[][] x = sentX(sents, emb);
        int[] y = labels(sents), p = new int[y.length];
        double[] conf = new double[y.length]; boolean[] ok = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            double[] pr = Softmax.softmax(s.dense.logits(x[i]), s.temperature);
            p[i] = Softmax.argmax(pr); conf[i] = pr[p[i]]; ok[i] = p[i] == y[i];
        }
        double[] fa = Metrics.f1Acc(y, p, 3);
        System.out.printf("  sentiment %-9s (sentence-level, %d): macro-F1 %.4f acc %.4f ECE %.4f%n", name, y.length, fa[0], fa[1], Metrics.ece(conf, ok));
    }

    /**
     * Trains {@link MlpTrainer.Config#SHIPPED} on the fit part (early stopping on the calibration part), then on the
     * calibration part chooses the MLP's share of the dense logits (0, 0.1, …, 1; for each the best alpha; ties to
     * the smaller share), then alpha, the temperature and the label rule again, as for the LR. Share 0 drops the MLP.
     */
    static void addMlpHead(StanceBundle b, List<Ex> fit, List<Ex> cal, Map<String, List<Ex>> devs,
                           Map<Ex, MentionContext> ctx, Map<String, float[]> emb) {
        double[][] xFit = dense(b, fit, ctx, emb), xCal = dense(b, cal, ctx, emb);
        int[] yCal = labels(cal);
        long t0 = System.nanoTime();
        MlpTrainer.Trained trained = MlpTrainer.trainWithEpochs(xFit, labels(fit), xCal, yCal, CLASSES.length, MlpTrainer.Config.SHIPPED);
        MlpEnsemble raw = trained.ensemble();
        mlpEpochs = trained.epochs();
        System.out.printf("MLP head (%s) trained in %.1fs, kept epochs %s%n", raw.config(), (System.nanoTime() - t0) / 1e9, java.util.Arrays.toString(mlpEpochs));
        // logits of each part on the calibration split, computed once
        double[][] zl = new double[cal.size()][], zm = new double[cal.size()][], zb = new double[cal.size()][];
        for (int i = 0; i < zl.length; i++) {
            zl[i] = b.dense.logits(xCal[i]); zm[i] = raw.logits(xCal[i]);
            zb[i] = b.bow != null ? b.bow.logits(ctx.get(cal.get(i)).bowFeatures()) : new double[CLASSES.length];
        }
        System.out.printf("  MLP alone (argmax) calib macro-F1 %.4f%n", Metrics.f1Acc(yCal, argmaxMix(zl, zm, zb, 1, 0), 3)[0]);
        double bestW = 0, bestF = -1;
        for (int i = 0; i <= 10; i++) {
            double w = i / 10.0, f = -1;
            for (double a : ALPHAS) f = Math.max(f, Metrics.f1Acc(yCal, argmaxMix(zl, zm, zb, w, a), 3)[0]);
            System.out.printf("  MLP share %.1f: calib macro-F1 (best alpha, argmax) %.4f%n", w, f);
            if (f > bestF + 1e-9) { bestF = f; bestW = w; }
        }
        if (bestW == 0) { System.out.println("MLP head not used: share 0 is best on the calibration split"); return; }
        double bestA = 0, fa = -1;
        for (double a : ALPHAS) {
            double f = Metrics.f1Acc(yCal, argmaxMix(zl, zm, zb, bestW, a), 3)[0];
            if (f > fa + 1e-9) { fa = f; bestA = a; }
        }
        b.mlp = new MlpEnsemble(raw.mean(), raw.std(), raw.members(), bestW, raw.config());
        b.alpha = bestA;
        b.temperature = 1;
        List<double[]> zc = new ArrayList<>();
        for (Ex e : cal) zc.add(logitsOf(b, e, ctx, emb));
        b.temperature = LrTrainer.fitTemperature(zc, yCal);
        String name = b.variant + "+BoW+MLP";
        chooseMargins(b, zc, yCal, name);
        for (Map.Entry<String, List<Ex>> d : devs.entrySet()) report(b, d.getKey(), d.getValue(), ctx, emb);
        System.out.printf("variant %s: MLP share %.1f alpha=%.2f T=%.2f label rule %s (offsets %+.2f/%+.2f)%n",
                name, bestW, b.alpha, b.temperature, b.labelRule, b.offsetAgainst, b.offsetFavor);
    }

    /** Argmax of (1 − w) · LR + w · MLP + a · BoW (the same arithmetic as {@link StanceBundle#logits}). */
    static int[] argmaxMix(double[][] zl, double[][] zm, double[][] zb, double w, double a) {
        int[] p = new int[zl.length];
        double[] z = new double[zl[0].length];
        for (int i = 0; i < p.length; i++) {
            for (int c = 0; c < z.length; c++) z[c] = ((1 - w) * zl[i][c] + w * zm[i][c]) + a * zb[i][c];
            p[i] = Softmax.argmax(z);
        }
        return p;
    }

    static double bestAlpha; static String bestName;
    static final Map<String, Double> bestArgmaxF1 = new HashMap<>();
    /** Margin grid for the margin rule: 0, 0.02, ..., 0.80 on each side. */
    static final int MARGIN_STEPS = 40; static final double MARGIN_STEP = 0.02;
    /** Offset grid for the offsets rule: -1.00, -0.95, ..., +2.00 on each of the negative and positive log-probabilities. */
    static final int OFFSET_STEPS = 60; static final double OFFSET_STEP = 0.05, OFFSET_MIN = -1.0;

    /**
     * Label rule on the calibration split (calibrated probabilities, the temperature already fitted there), by
     * macro-F1: plain argmax; the margin rule (score = p(positive) − p(negative): positive if score > mF, negative if
     * score < −mA, else neutral; (mA, mF) on a 0.02 grid in [0, 0.8]); class-prior offsets (argmax of log p plus
     * (oA, 0, oF), a 0.05 grid in [−1, 2]). Within a rule, ties go to the smaller parameters; a rule replaces argmax
     * only if its calibration macro-F1 is strictly higher. The best margins are recorded whichever rule wins.
     */
    static void chooseMargins(StanceBundle b, List<double[]> logits, int[] y, String variant) {
        double[][] pr = new double[y.length][];
        int[] pa = new int[y.length];
        for (int i = 0; i < y.length; i++) { pr[i] = Softmax.softmax(logits.get(i), b.temperature); pa[i] = Softmax.argmax(pr[i]); }
        double fArg = Metrics.f1Acc(y, pa, 3)[0];
        bestArgmaxF1.put(variant, fArg);
        double bestF = -1, bestSym = -1, mA = 0, mF = 0, mSym = 0;
        int[] p = new int[y.length];
        for (int a = 0; a <= MARGIN_STEPS; a++) {
            for (int f = 0; f <= MARGIN_STEPS; f++) {
                double ma = a * MARGIN_STEP, mf = f * MARGIN_STEP;
                for (int i = 0; i < y.length; i++) p[i] = StanceBundle.decide(pr[i], ma, mf);
                double m = Metrics.f1Acc(y, p, 3)[0];
                if (m > bestF + 1e-12) { bestF = m; mA = ma; mF = mf; }
                if (a == f && m > bestSym + 1e-12) { bestSym = m; mSym = ma; }
            }
        }
        double[] offsets = bestOffsets(pr, y);
        double bestO = offsets[0], oA = offsets[1], oF = offsets[2];
        System.out.printf("  label rule on calib: argmax macro-F1 %.4f; margins against %.2f / favor %.2f macro-F1 %.4f"
                + " (best symmetric margin %.2f: %.4f); offsets against %+.2f / favor %+.2f macro-F1 %.4f%n",
                fArg, mA, mF, bestF, mSym, bestSym, oA, oF, bestO);
        b.marginAgainst = Math.round(mA * 100) / 100.0; b.marginFavor = Math.round(mF * 100) / 100.0;
        b.labelRule = "argmax"; b.offsetAgainst = 0; b.offsetFavor = 0;
        double win = fArg;
        if (bestF > win + 1e-12) { b.labelRule = "margin"; win = bestF; }
        if (bestO > win + 1e-12) { b.labelRule = "offsets"; b.offsetAgainst = oA; b.offsetFavor = oF; }
        RULE_F1.put(variant, new double[]{fArg, bestF, bestO});
    }

    static final Map<String, double[]> RULE_F1 = new HashMap<>();

    /**
     * The class-prior offsets that maximise macro-F1 of {@code probs} against {@code y}: {macro-F1, against, favor},
     * on the {@link #OFFSET_STEPS} grid; ties go to the smaller offsets.
     */
    static double[] bestOffsets(double[][] probs, int[] y) {
        double bestO = -1, oA = 0, oF = 0;
        int[] p = new int[y.length];
        for (int a = 0; a <= OFFSET_STEPS; a++) {
            for (int f = 0; f <= OFFSET_STEPS; f++) {
                double oa = Math.round((OFFSET_MIN + a * OFFSET_STEP) * 100) / 100.0, of = Math.round((OFFSET_MIN + f * OFFSET_STEP) * 100) / 100.0;
                for (int i = 0; i < y.length; i++) p[i] = StanceBundle.decideOffsets(probs[i], oa, of);
                double m = Metrics.f1Acc(y, p, 3)[0];
                if (m > bestO + 1e-12 || (m > bestO - 1e-12 && Math.abs(oa) + Math.abs(of) < Math.abs(oA) + Math.abs(oF))) {
                    bestO = m; oA = oa; oF = of;
                }
            }
        }
        return new double[]{bestO, oA, oF};
    }

    static List<Ex> sentences(List<Ex> mentions) {
        Map<String, List<Ex>> by = new LinkedHashMap<>();
        for (Ex e : mentions) by.computeIfAbsent(e.gid(), k -> new ArrayList<>()).add(e);
        List<Ex> out = new ArrayList<>();
        for (List<Ex> l : by.values()) {
            double m = l.stream().mapToInt(Ex::y).average().orElse(1);
            int y = m < 0.99 ? 0 : (m > 1.01 ? 2 : 1);
            out.add(new Ex(l.get(0).gid(), l.get(0).text(), -1, -1, y));
        }
        return out;
    }

    static double[][] sentX(List<Ex> s, Map<String, float[]> emb) {
        double[][] x = new double[s.size()][];
        for (int i = 0; i < x.length; i++) {
            float[] v = emb.get(s.get(i).text().strip());
            if (v == null) v = Embedder.shared().embed(List.of(s.get(i).text()))[0];
            x[i] = new double[v.length];
            for (int j = 0; j < v.length; j++) x[i][j] = v[j];
        }
        return x;
    }

    static double[] report(StanceBundle b, String name, List<Ex> data, Map<Ex, MentionContext> ctx, Map<String, float[]> emb) {
        int[] y = labels(data), p = new int[y.length], pa = new int[y.length];
        double[] conf = new double[y.length]; boolean[] ok = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            double[] pr = Softmax.softmax(logitsOf(b, data.get(i), ctx, emb), b.temperature);
            p[i] = b.decide(pr); pa[i] = Softmax.argmax(pr); conf[i] = pr[p[i]]; ok[i] = p[i] == y[i];
        }
        double[] fa = Metrics.f1Acc(y, p, 3), fArg = Metrics.f1Acc(y, pa, 3);
        System.out.printf("  %s %-7s macro-F1 %.4f acc %.4f ECE %.4f (n=%d; %s; argmax: macro-F1 %.4f acc %.4f)%n",
                b.variant + (b.alpha > 0 ? "+BoW" : ""), name, fa[0], fa[1], Metrics.ece(conf, ok), y.length, b.labelRule, fArg[0], fArg[1]);
        return fa;
    }

    static double[] logitsOf(StanceBundle b, Ex e, Map<Ex, MentionContext> ctx, Map<String, float[]> emb) {
        MentionContext c = ctx.get(e);
        return b.logits(dense(b, e), b.bow != null && b.alpha != 0 ? c.bowFeatures() : null);
    }

    static int[] predictBundle(StanceBundle b, List<Ex> data, Map<Ex, MentionContext> ctx, Map<String, float[]> emb) {
        int[] p = new int[data.size()];
        for (int i = 0; i < p.length; i++) p[i] = Softmax.argmax(logitsOf(b, data.get(i), ctx, emb));
        return p;
    }

    static int[] predict(DenseModel m, double[][] x) {
        int[] p = new int[x.length];
        for (int i = 0; i < x.length; i++) p[i] = Softmax.argmax(m.logits(x[i]));
        return p;
    }

    static double[][] dense(StanceBundle b, List<Ex> data, Map<Ex, MentionContext> ctx, Map<String, float[]> emb) {
        double[][] x = new double[data.size()][];
        for (int i = 0; i < x.length; i++) x[i] = dense(b, data.get(i));
        return x;
    }

    static Map<Ex, float[][]> FEATS;

    static double[] dense(StanceBundle b, Ex e) {
        char[] p = b.parts();
        float[][] f = FEATS.get(e), sel = new float[p.length][];
        for (int k = 0; k < p.length; k++) sel[k] = f["SCM".indexOf(p[k])];
        return StanceBundle.denseInput(sel);
    }

    static int[] labels(List<Ex> d) { return d.stream().mapToInt(Ex::y).toArray(); }

    public static int polarityToClass(double p) {
        if (p == 2.0) return 0;
        if (p == 4.0) return 1;
        if (p == 6.0) return 2;
        throw new IllegalArgumentException("unknown polarity " + p);
    }

    static List<Ex> load(Path p) throws IOException {
        List<Ex> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(p)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode d = JSON.readTree(line);
                String text = d.get("sentence_normalized").asText();
                for (JsonNode t : d.get("targets")) {
                    out.add(new Ex(d.get("primary_gid").asText(), text, t.get("from").asInt(), t.get("to").asInt(),
                            polarityToClass(t.get("polarity").asDouble())));
                }
            }
        }
        return out;
    }

    static Map<String, float[]> loadCache(Path f) throws IOException {
        Map<String, float[]> m = new HashMap<>();
        if (f == null || !Files.exists(f)) return m;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String k = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) v[j] = in.readFloat();
                m.put(k, v);
            }
        }
        System.out.println("embedding cache: " + m.size() + " texts from " + f);
        return m;
    }

    static void saveCache(Path f, Map<String, float[]> m) throws IOException {
        if (f == null) return;
        if (f.toAbsolutePath().getParent() != null) Files.createDirectories(f.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f)))) {
            out.writeInt(m.size());
            for (Map.Entry<String, float[]> e : m.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) out.writeFloat(x);
            }
        }
    }
}
