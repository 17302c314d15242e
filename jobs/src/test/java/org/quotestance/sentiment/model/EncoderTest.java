package org.quotestance.sentiment.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The configured encoder: one run gives a normalised sentence vector and per-token states with char spans. */
class EncoderTest {
    private static double norm(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        return Math.sqrt(n);
    }

    @Test
    void sentenceAndSpansComeFromOneRun() {
        Encoder enc = Encoder.shared();
        String text = "Lavrov rejected the proposal outright.";
        Encoder.Encoded e = enc.encode(List.of(text)).get(0);
        assertEquals(enc.dim(), e.sentence().length);
        assertEquals(1.0, norm(e.sentence()), 1e-4);
        // word pieces point back into the text as given (no [CLS]/[SEP]/prefix among them)
        assertTrue(e.states().length >= 6, "word pieces: " + e.states().length);
        assertEquals(0, e.starts()[0]);
        int last = 0;
        while (last + 1 < e.states().length && e.ends()[last + 1] <= 6) last++;
        assertEquals("Lavrov", text.substring(e.starts()[0], e.ends()[last]));
        assertEquals(".", text.substring(e.starts()[e.states().length - 1], e.ends()[e.states().length - 1]));
        float[] m = e.span(0, 6);
        assertEquals(1.0, norm(m), 1e-4);
        double cos = 0;
        float[] s = e.sentence();
        for (int j = 0; j < s.length; j++) cos += s[j] * m[j];
        assertTrue(cos < 0.999, "a mention's span differs from the sentence vector");
        assertArrayEquals(e.sentence(), e.span(1000, 1001), "no token in the span: the sentence vector");
    }

    @Test
    void cachedAndRepeatedTextsGiveTheSameVectors() {
        float[][] a = Encoder.shared().embed(List.of("NATO welcomed the talks.", "NATO welcomed the talks."));
        assertArrayEquals(a[0], a[1]);
        assertArrayEquals(a[0], Encoder.shared().embed(List.of("NATO welcomed the talks."))[0]);
    }

    @Test
    void workCountsOneRunPerDistinctTextAndItsPieces() {
        Encoder enc = new Encoder("e5-small-v2-q@6", 1);
        enc.embed(List.of("Kyiv rejected the plan.", "Kyiv rejected the plan.", "Moscow welcomed it."));
        long[] w = enc.work();
        assertEquals(2, w[0], "the repeated text is run once");
        // "query: " prefix, [CLS] and [SEP] and at least one piece per word
        assertTrue(w[1] >= 2 * (3 + 2) + 4 + 3, "pieces: " + w[1]);
        enc.embed(List.of("Moscow welcomed it."));
        assertArrayEquals(w, enc.work(), "a cached text costs no run");
    }

    @Test
    void partsAreNormalisedSeparately() {
        float[] v = Encoder.normalizeParts(new float[]{3, 4, 0, 10}, 2);
        assertEquals(0.6 / Math.sqrt(2), v[0], 1e-6);
        assertEquals(0.8 / Math.sqrt(2), v[1], 1e-6);
        assertEquals(1 / Math.sqrt(2), v[3], 1e-6);
    }

    @Test
    void chosenLayersComeFromOneRunAsSeparateParts() {
        String text = "Lavrov said there is not even a thought of giving up territory.";
        float[] full = new Encoder("e5-small-v2-q", 1).embed(List.of(text))[0];
        // the rewritten graph with the last layer as its output computes what the shipped graph does
        assertArrayEquals(full, new Encoder("e5-small-v2-q@11", 1).embed(List.of(text))[0], 1e-6f);
        Encoder six = new Encoder("e5-small-v2-q@6", 1);
        float[] middle = six.embed(List.of(text))[0];
        assertEquals(384, middle.length);
        assertTrue(Math.abs(middle[0] - full[0]) + Math.abs(middle[1] - full[1]) > 1e-3, "layer 6 is not the last layer");
        Encoder both = new Encoder("e5-small-v2-q@6,11", 1);
        assertEquals(768, both.dim());
        float[] v = both.embed(List.of(text))[0];
        double scale = 1 / Math.sqrt(2);
        for (int j = 0; j < 384; j++) {
            assertEquals(middle[j] * scale, v[j], 1e-5);
            assertEquals(full[j] * scale, v[384 + j], 1e-5);
        }
    }

    @Test
    void aGraphCutAfterALayerKeepsOnlyTheLayersBeforeIt() throws Exception {
        byte[] model;
        try (var in = EncoderTest.class.getClassLoader().getResourceAsStream("e5-small-v2-q.onnx")) {
            model = in.readAllBytes();
        }
        assertEquals(12, OnnxLayers.layerCount(model));
        byte[] cut = OnnxLayers.withOutputs(model, List.of(OnnxLayers.layerTensor(6, 12)));
        assertEquals(7, OnnxLayers.layerCount(cut));
        assertTrue(cut.length < model.length * 0.8, "the later layers' weights are gone: " + cut.length);
        assertThrows(IllegalArgumentException.class, () -> OnnxLayers.withOutputs(model, List.of("no such tensor")));
        assertThrows(IllegalArgumentException.class, () -> new Encoder("e5-small-v2-q@12", 1));
    }

    @Test
    void unknownEncoderNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Encoder.Model.byFile("gpt-17"));
    }

    @Test
    void shippedModelsMatchTheConfiguredEncoder() {
        assertDoesNotThrow(() -> StanceBundle.loadResource("models/stance.json"));
        assertDoesNotThrow(() -> StanceBundle.loadResource("models/sentiment.json"));
    }
}
