package org.quotestance.sentiment.train;

import org.quotestance.sentiment.model.Encoder;
import org.quotestance.sentiment.model.MentionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Encoding speed of one encoder on one thread: the distinct mention sentences of a NewsMTSC file (as the stance
 * model encodes them), a warm-up pass over the first 50, then {@code ROUNDS} timed passes over the first {@code N}
 * with a fresh encoder per pass (no cache hits). Usage: EncoderBench NEWSMTSC.jsonl [SPEC ...] (default: the
 * configured encoder); prints sentences/s and ms/sentence per spec.
 */
public final class EncoderBench {
    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("qs.bench.n", 400), rounds = Integer.getInteger("qs.bench.rounds", 2);
        List<String> sents = new ArrayList<>(new LinkedHashSet<>(TrainModels.load(Path.of(args[0])).stream()
                .map(e -> MentionContext.of(e.text(), e.from(), e.to(), TrainModels.WINDOW_WORDS).sentence()).toList()));
        sents = sents.subList(0, Math.min(n, sents.size()));
        List<String> specs = args.length > 1 ? List.of(args).subList(1, args.length) : List.of(Encoder.configured());
        for (String spec : specs) {
            new Encoder(spec, 1).encode(sents.subList(0, Math.min(50, sents.size())));
            double best = Double.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                Encoder e = new Encoder(spec, 1);
                long t0 = System.nanoTime();
                e.encode(sents);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("%-45s %d sentences, best of %d: %.2fs = %.1f sentences/s, %.2f ms/sentence (1 thread)%n",
                    spec, sents.size(), rounds, best, sents.size() / best, 1000 * best / sents.size());
        }
        System.exit(0);
    }
}
