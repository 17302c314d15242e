package org.quotestance.sentiment.model;

import java.util.List;

/**
 * The stance model's MLP head: a few {@link MlpHead}s (same data, different seeds) over the same standardized dense
 * features as the LR, logits averaged. The bundle mixes it with the LR: {@code (1 − weight) · LR + weight · MLP}
 * (weight chosen on the calibration split; 0 would be the LR alone). Averaging seeds is there because one MLP's
 * calibration figure moved by ±0.01 between seeds. Immutable.
 *
 * @param mean    feature means of the fit split (the MLP standardizes on its own, in float)
 * @param std     feature deviations (+1e-6)
 * @param members the averaged networks
 * @param weight  share of the MLP logits in the mix with the LR logits, in [0, 1]
 * @param config  the training hyper-parameters, for the record
 */
public record MlpEnsemble(float[] mean, float[] std, List<MlpHead> members, double weight, String config) {

    public MlpEnsemble {
        if (members.isEmpty()) throw new IllegalArgumentException("MLP ensemble without members");
        if (weight < 0 || weight > 1) throw new IllegalArgumentException("MLP weight outside [0, 1]: " + weight);
        for (MlpHead m : members) {
            if (m.inputs() != mean.length) throw new IllegalArgumentException("MLP member expects " + m.inputs() + " inputs, ensemble has " + mean.length);
        }
        members = List.copyOf(members);
    }

    /** Standardizes x as the trainer did (float arithmetic, so training and scoring agree bit for bit). */
    public float[] standardize(double[] x) {
        if (x.length != mean.length) throw new IllegalArgumentException("input has " + x.length + " dims, MLP expects " + mean.length);
        float[] xs = new float[x.length];
        for (int j = 0; j < x.length; j++) xs[j] = (float) ((x[j] - mean[j]) / std[j]);
        return xs;
    }

    /** Mean of the members' raw logits. */
    public double[] logits(double[] x) {
        return logits(new double[][]{x})[0];
    }

    /** Mean of the members' raw logits for each input, in one batch per member ({@link MlpHead#logits(float[][])}). */
    public double[][] logits(double[][] x) {
        float[][] xs = new float[x.length][];
        for (int i = 0; i < x.length; i++) xs[i] = standardize(x[i]);
        double[][] z = new double[x.length][members.get(0).b2().length];
        for (MlpHead m : members) {
            double[][] zm = m.logits(xs);
            for (int i = 0; i < x.length; i++) for (int c = 0; c < z[i].length; c++) z[i][c] += zm[i][c] / members.size();
        }
        return z;
    }
}
