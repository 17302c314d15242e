package org.quotestance.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated table shipped in the jar (blank lines and {@code #} comments skipped). */
public final class TableResource {

  private TableResource() {}

  /** The fields of each row of {@code path} (absolute in the jar, e.g. "/quotes/cue-lexicon.tsv"). */
  public static List<String[]> rows(String path) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = TableResource.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("resource " + path.substring(1) + " is missing from the jar");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
