package org.quotestance.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Runs the shipped model (resources/models/sentiment.json) with the real embeddings. */
class SentimentScorerTest {
    @Test
    void batchKeepsOrderAndRanges() {
        List<String> texts = List.of("This is a wonderful, excellent success.", "A horrible, disastrous failure.",
                "The meeting took place on Tuesday.", "", "This is a wonderful, excellent success.");
        List<Sentiment> s = SentimentScorer.shared().score(texts);
        assertEquals(texts.size(), s.size());
        for (Sentiment x : s) {
            assertTrue(Set.of("negative", "neutral", "positive").contains(x.label()));
            assertTrue(x.score() >= -1 && x.score() <= 1);
            assertTrue(x.confidence() >= 1.0 / 3 && x.confidence() <= 1);
        }
        assertEquals("positive", s.get(0).label());
        assertEquals("negative", s.get(1).label());
        assertEquals("neutral", s.get(2).label());
        assertEquals(s.get(0), s.get(4));
        assertTrue(s.get(0).score() > 0.5 && s.get(1).score() < -0.5);
    }

    @Test
    void negation() {
        List<Sentiment> s = SentimentScorer.shared().score(List.of("The plan is good.", "The plan is not good."));
        assertEquals("positive", s.get(0).label());
        assertEquals("negative", s.get(1).label());
    }

    @Test
    void sharedIsASingleton() {
        assertSame(SentimentScorer.shared(), SentimentScorer.shared());
    }

    @Test
    void rejectsBadLabels() {
        assertThrows(IllegalArgumentException.class, () -> new Sentiment("great", 1, 1));
    }
}
