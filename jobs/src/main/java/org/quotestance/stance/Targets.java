package org.quotestance.stance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads stance targets from JSON: {@code {"targets":[{"name":"Europe","aliases":["EU","European Union"]}]}}.
 * Errors name the file and what is wrong ({@link IllegalArgumentException}; {@link UncheckedIOException} when unreadable).
 */
public final class Targets {
    public static final String DEFAULT_RESOURCE = "targets/default-targets.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Targets() {}

    public static List<Target> load(Path json) {
        String text;
        try {
            text = Files.readString(json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read targets file " + json + ": " + e, e);
        }
        return parse(text, json.toString());
    }

    public static List<Target> defaults() {
        try (InputStream in = Targets.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " not on the classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + DEFAULT_RESOURCE, e);
        }
    }

    /** Parses targets JSON; {@code source} names the file in error messages. */
    public static List<Target> parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("targets file " + source + ": invalid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw bad(source, "top level must be an object {\"targets\": [...]}");
        JsonNode arr = root.get("targets");
        if (arr == null) throw bad(source, "missing field \"targets\"");
        if (!arr.isArray()) throw bad(source, "\"targets\" must be an array, found " + arr.getNodeType());
        List<Target> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode t = arr.get(i);
            String where = "targets[" + i + "]";
            if (!t.isObject()) throw bad(source, where + " must be an object, found " + t.getNodeType());
            JsonNode name = t.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                throw bad(source, where + ": \"name\" must be a non-empty string");
            }
            if (!names.add(name.asText())) throw bad(source, where + ": duplicate target name \"" + name.asText() + "\"");
            List<String> aliases = new ArrayList<>();
            JsonNode al = t.get("aliases");
            if (al != null && !al.isNull()) {
                if (!al.isArray()) throw bad(source, where + " (" + name.asText() + "): \"aliases\" must be an array of strings");
                for (int j = 0; j < al.size(); j++) {
                    JsonNode a = al.get(j);
                    if (!a.isTextual() || a.asText().isBlank()) {
                        throw bad(source, where + " (" + name.asText() + "): aliases[" + j + "] must be a non-empty string");
                    }
                    aliases.add(a.asText().strip());
                }
            }
            out.add(new Target(name.asText().strip(), aliases));
        }
        return List.copyOf(out);
    }

    private static IllegalArgumentException bad(String source, String what) {
        return new IllegalArgumentException("targets file " + source + ": " + what);
    }
}
