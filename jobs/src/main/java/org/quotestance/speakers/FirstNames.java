package org.quotestance.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of a first name ("Hillary" female, "Bernie" male), from the 14,600 names that
 * CoreNLP's models jar ships for its coreference system ({@code dcoref/namegender.combine.txt}). A
 * prior: it counts as much as one title ("Mr.", "spokeswoman"), so more of the article's own evidence
 * outvotes it.
 */
final class FirstNames {

  static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private FirstNames() {}

  private static final class Holder {
    static final Map<String, Character> GENDERS = load();
  }

  /** 'm', 'f', or null when the name is not listed (or the list is not on the classpath). */
  static Character of(String firstName) {
    return Holder.GENDERS.get(firstName.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Character> load() {
    Map<String, Character> out = new HashMap<>();
    InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) return out;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length < 2) continue;
        if (f[1].equals("MALE")) out.put(f[0], 'm');
        else if (f[1].equals("FEMALE")) out.put(f[0], 'f');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
