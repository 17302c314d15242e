package org.quotestance.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One spelling per person across articles. A name is reduced to a key that ignores case, accents,
 * punctuation and the usual transliteration variants (Zelenskyy, Zelensky, Zelenskiy; Sergey, Sergei);
 * keys listed in the alias file map to the display name given there, other names keep their own
 * spelling. The alias file is tab-separated, one person a line: {@code canonical<TAB>variant|variant}.
 * The shipped list ({@code speakers/aliases.tsv}) can be extended with {@code --aliases FILE}.
 */
public final class CanonicalNames {

  private final Map<String, String> byKey;

  private CanonicalNames(Map<String, String> byKey) { this.byKey = byKey; }

  private static final class Holder {
    static final CanonicalNames DEFAULT = fromResource();
  }

  /** The shipped aliases alone. */
  public static CanonicalNames defaults() { return Holder.DEFAULT; }

  /** The shipped aliases plus a user's file (the user's lines win). */
  public static CanonicalNames withFile(Path file) {
    Map<String, String> map = new HashMap<>(defaults().byKey);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read(r, map, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read aliases file " + file + ": " + e.getMessage(), e);
    }
    return new CanonicalNames(map);
  }

  /** Alias lines as text (for executors, which receive the file's content, not its path). */
  public static CanonicalNames withLines(String content, String origin) {
    Map<String, String> map = new HashMap<>(defaults().byKey);
    try {
      read(new java.io.StringReader(content), map, origin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CanonicalNames(map);
  }

  private static CanonicalNames fromResource() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = CanonicalNames.class.getResourceAsStream("/speakers/aliases.tsv")) {
      if (in == null) throw new IllegalStateException("resource speakers/aliases.tsv is missing from the jar");
      read(new InputStreamReader(in, StandardCharsets.UTF_8), map, "speakers/aliases.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CanonicalNames(map);
  }

  private static void read(Reader reader, Map<String, String> map, String origin) throws IOException {
    BufferedReader br = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = br.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalArgumentException(origin + " line " + n
            + ": expected 'canonical<TAB>variant|variant', got: " + line);
      }
      String canonical = parts[0].trim();
      map.put(key(canonical), canonical);
      for (String v : parts[1].split("\\|")) {
        if (!v.isBlank()) map.put(key(v), canonical);
      }
    }
  }

  /** The display name for {@code name}: its alias entry, or the name itself, tidied. */
  public String canonical(String name) {
    if (name == null || name.isBlank()) return null;
    String tidy = name.trim().replaceAll("\\s+", " ");
    return byKey.getOrDefault(key(tidy), tidy);
  }

  /** Case, accents, punctuation and transliteration folded: "Zelenskiy" and "Zelenskyy" meet. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim();
    StringBuilder out = new StringBuilder();
    for (String w : s.split("\\s+")) {
      if (w.isEmpty()) continue;
      w = w.replaceAll("yy$", "y").replaceAll("iy$", "y").replaceAll("ii$", "y").replaceAll("ei$", "ey")
          .replaceAll("ij", "y").replaceAll("kh", "h").replaceAll("(.)\\1", "$1");
      if (out.length() > 0) out.append(' ');
      out.append(w);
    }
    return out.toString();
  }
}
