package org.quotestance.sentiment.model;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantized, ONNX, in-process) sentence embeddings, batched and cached.
 * One instance per JVM ({@link #shared()}); thread-safe.
 *
 * <p>Threads: langchain4j runs each text of a batch as one task on the executor given here, and ONNX Runtime
 * uses its own intra-op threads inside each task. A pool of {@code QS_EMBED_THREADS} (default: number of
 * cores, at most 4) daemon threads measured best on 2 cores (see docs/stance-models.md).
 */
public final class Embedder {
    public static final int DIM = 384;
    private static final int CACHE_MAX = 100_000;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    private Embedder(int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "qs-embed");
            t.setDaemon(true);
            return t;
        });
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
    }

    private static final class Holder {
        static final Embedder INSTANCE = new Embedder(defaultThreads());
    }

    static int defaultThreads() {
        String env = System.getenv("QS_EMBED_THREADS");
        if (env != null && !env.isBlank()) return Math.max(1, Integer.parseInt(env.trim()));
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public static Embedder shared() {
        return Holder.INSTANCE;
    }

    /** Embeds all texts (duplicates and cached texts are embedded once); returns vectors in input order. */
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        Map<String, List<Integer>> todo = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = normalize(texts.get(i));
            float[] v = cache.get(t);
            if (v != null) out[i] = v;
            else todo.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
        if (!todo.isEmpty()) {
            List<String> keys = new ArrayList<>(todo.keySet());
            final int chunk = 256;
            for (int from = 0; from < keys.size(); from += chunk) {
                List<String> part = keys.subList(from, Math.min(keys.size(), from + chunk));
                List<TextSegment> segs = new ArrayList<>(part.size());
                for (String k : part) segs.add(TextSegment.from(k));
                List<Embedding> embs = model.embedAll(segs).content();
                if (cache.size() > CACHE_MAX) cache.clear();
                for (int j = 0; j < part.size(); j++) {
                    float[] v = embs.get(j).vector();
                    cache.put(part.get(j), v);
                    for (int idx : todo.get(part.get(j))) out[idx] = v;
                }
            }
        }
        return out;
    }

    private static String normalize(String t) {
        String s = t == null ? "" : t.strip();
        return s.isEmpty() ? "." : s;
    }
}
