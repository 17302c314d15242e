package org.quotestance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The seed article and its gold quotes, shared by the tests. */
public final class SeedArticle {

  private SeedArticle() {}

  public static final String ID = "riyadh-talks-2025-02-17";

  /** One gold attribution: span, speaker (null for the scare quote) and kind. */
  public record Gold(int start, int end, String speaker, String kind, String quote) {}

  public static Path path() {
    return Path.of(System.getProperty("quotestance.seeds", "../seeds"), ID + ".txt");
  }

  public static String text() {
    try {
      return Files.readString(path(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Gold> gold() {
    List<Gold> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = SeedArticle.class.getResourceAsStream("/" + ID + ".quotes.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        out.add(new Gold(n.get("start").asInt(), n.get("end").asInt(),
            n.get("speaker").isNull() ? null : n.get("speaker").asText(), n.get("kind").asText(),
            n.get("quote").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The shorter span lies at least half inside the longer: the reference scorer's loose match. */
  public static boolean looseMatch(int ps, int pe, int gs, int ge) {
    int inter = Math.max(0, Math.min(pe, ge) - Math.max(ps, gs));
    int shorter = Math.min(pe - ps, ge - gs);
    return shorter > 0 && inter / (double) shorter >= 0.5;
  }

  /** Last word of a name, lower case: how the reference scorer compares speakers. */
  public static String surname(String name) {
    if (name == null) return "";
    String[] w = name.toLowerCase().split("[^a-z'\\-]+");
    return w.length == 0 ? "" : w[w.length - 1];
  }
}
