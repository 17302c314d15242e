package org.quotestance.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common nouns that name people ("aide", "supporters", "spokesman", "father"), from the animate word list that
 * CoreNLP's models jar ships for its coreference system ({@code dcoref/animate.unigrams.txt}). It tells "one Clinton
 * aide" (someone else) from "Clinton's apology" (hers).
 */
public final class PersonNouns {

  static final String RESOURCE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

  private PersonNouns() {}

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  /** Whether the lower-case word is listed as animate (false when the list is not on the classpath). */
  public static boolean contains(String word) {
    return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    InputStream in = PersonNouns.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) return out;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.trim();
        // the list's capitalised entries are names; the common nouns are in lower case
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) out.add(w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
