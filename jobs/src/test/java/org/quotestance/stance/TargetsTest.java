package org.quotestance.stance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TargetsTest {
    @TempDir Path dir;

    @Test
    void loadsGoodFile() throws Exception {
        Path f = dir.resolve("t.json");
        Files.writeString(f, "{\"targets\":[{\"name\":\"Europe\",\"aliases\":[\"EU\",\"European Union\",\"Europeans\"]},{\"name\":\"NATO\"}]}");
        List<Target> t = Targets.load(f);
        assertEquals(2, t.size());
        assertEquals(new Target("Europe", List.of("EU", "European Union", "Europeans")), t.get(0));
        assertEquals(List.of(), t.get(1).aliases());
    }

    private String error(String json) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Targets.load(f));
        assertTrue(e.getMessage().contains(f.toString()), "message names the file: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void malformedJsonSaysWhereAndWhat() throws Exception {
        assertTrue(error("{\"targets\": [ {\"name\": \"Europe\", } ]}").contains("invalid JSON at line 1"));
        assertTrue(error("{\"target\": []}").contains("missing field \"targets\""));
        assertTrue(error("{\"targets\": {}}").contains("must be an array"));
        assertTrue(error("{\"targets\": [{\"aliases\": [\"EU\"]}]}").contains("targets[0]: \"name\""));
        assertTrue(error("{\"targets\": [{\"name\": \"Europe\", \"aliases\": [\"EU\", 3]}]}").contains("aliases[1]"));
        assertTrue(error("{\"targets\": [{\"name\": \"A\"}, {\"name\": \"A\"}]}").contains("duplicate"));
        assertTrue(error("[1,2]").contains("top level"));
    }

    @Test
    void missingFileIsAClearError() {
        Path f = dir.resolve("nope.json");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Targets.load(f));
        assertTrue(e.getMessage().contains("nope.json"));
    }

    @Test
    void defaultsCoverTheSeedStory() {
        List<Target> t = Targets.defaults();
        List<String> names = t.stream().map(Target::name).toList();
        assertEquals(List.of("US–Russia talks", "Ukraine", "Russia", "United States", "Europe", "NATO",
                "territorial concessions", "US–Russia relations"), names);
        Target europe = t.get(4);
        assertTrue(europe.aliases().containsAll(List.of("EU", "European Union", "Europeans", "European")));
        List<TargetMention> ms = TargetMatcher.find("Kyiv and Moscow met in Washington; NATO was absent.", t);
        assertEquals(List.of("Ukraine", "Russia", "United States", "NATO"), ms.stream().map(TargetMention::target).toList());
    }
}
