package org.quotestance.stance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TargetMatcherTest {
    static final List<Target> T = List.of(
            new Target("Russia", List.of("Moscow", "Kremlin", "Russian")),
            new Target("United States", List.of("U.S.", "Washington", "American")),
            new Target("US–Russia relations", List.of("U.S.-Russian relations", "relations")),
            new Target("Europe", List.of("EU", "European Union", "Europeans")));

    private static List<String> names(String text) {
        return TargetMatcher.find(text, T).stream().map(TargetMention::target).toList();
    }

    @Test
    void matchesNameAndAliasesCaseInsensitively() {
        String text = "The kremlin said WASHINGTON and the eu must talk.";
        List<TargetMention> ms = TargetMatcher.find(text, T);
        assertEquals(List.of("Russia", "United States", "Europe"), ms.stream().map(TargetMention::target).toList());
        assertEquals("kremlin", text.substring(ms.get(0).start(), ms.get(0).end()));
        assertEquals("eu", text.substring(ms.get(2).start(), ms.get(2).end()));
    }

    @Test
    void wholeWordsOnly() {
        assertEquals(List.of(), names("Moscowitz visited Eurasia and Feudal lands; neutrality is key."));
        assertEquals(List.of("Russia"), names("Russian troops"));
        assertEquals(List.of(), names("Russianness"));
    }

    @Test
    void longestMatchWinsWithoutOverlaps() {
        String text = "restoring the entire range of U.S.-Russian relations, as well as preparing possible talks";
        List<TargetMention> ms = TargetMatcher.find(text, T);
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("US–Russia relations", ms.get(0).target());
        assertEquals("U.S.-Russian relations", text.substring(ms.get(0).start(), ms.get(0).end()));
        assertEquals(List.of("Europe", "Europe"), names("The European Union and the EU."));
    }

    @Test
    void aliasEndingInPunctuationAndCurlyVariants() {
        assertEquals(List.of("United States"), names("The U.S. said so."));
        List<Target> t = List.of(new Target("talks", List.of("U.S.-Russia talks")));
        assertEquals(1, TargetMatcher.find("The U.S.–Russia talks would “yield no results”", t).size());
    }

    @Test
    void noTargetsNoMentions() {
        assertTrue(TargetMatcher.find("Nothing relevant here.", T).isEmpty());
        assertTrue(TargetMatcher.find("", T).isEmpty());
        assertTrue(TargetMatcher.find("Moscow", List.of()).isEmpty());
    }
}
