package org.quotestance.compare;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.cli.UsageException;

/** Command-line options of the compare job, with clear errors. */
public record CompareOptions(List<String> inputs, String output, int minExcerptWords, int show) {

  /** Excerpts shorter than this many words are never merged into a longer quote (see {@link SharedQuotes}). */
  public static final int DEFAULT_MIN_EXCERPT_WORDS = 4;

  static final String USAGE = String.join("\n",
      "usage: CompareJob --input DIR [--input DIR ...] --output DIR [options]",
      "  --input DIR               an analyze output folder (with _run.json and quotes/); repeat for several",
      "  --output DIR              output folder: speaker_target_article/, speaker_target_outlet/,",
      "                            speaker_outlet/, shared_quotes/, _compare.json (replaced if it holds an",
      "                            earlier compare output; refused if it holds anything else)",
      "  --min-excerpt-words N     a quote of at least N words found inside a longer quote counts as the",
      "                            same quote in shared_quotes/ (default " + DEFAULT_MIN_EXCERPT_WORDS
          + "; 0 = exact normalized text only)",
      "  --show N                  speakers and shared quotes listed in the printed summary (default 10)");

  public CompareOptions {
    inputs = List.copyOf(inputs);
  }

  /** Options for tests and callers: exact defaults for everything but the folders. */
  public static CompareOptions of(List<String> inputs, String output) {
    return new CompareOptions(inputs, output, DEFAULT_MIN_EXCERPT_WORDS, 10);
  }

  public static CompareOptions parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    int minWords = DEFAULT_MIN_EXCERPT_WORDS;
    int show = 10;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) throw new UsageException("");
      String v;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        v = a.substring(eq + 1);
        a = a.substring(0, eq);
      } else {
        if (!a.startsWith("--")) throw new UsageException("unexpected argument '" + a + "'");
        if (i + 1 >= args.length) throw new UsageException("option " + a + " needs a value");
        v = args[++i];
      }
      if (v.isBlank()) throw new UsageException("option " + a + " needs a non-empty value");
      switch (a) {
        case "--input" -> inputs.add(v);
        case "--output" -> {
          if (output != null) throw new UsageException("--output given twice");
          output = v;
        }
        case "--min-excerpt-words" -> minWords = UsageException.nonNegative(a, v);
        case "--show" -> show = UsageException.nonNegative(a, v);
        default -> throw new UsageException("unknown option " + a);
      }
    }
    if (inputs.isEmpty()) throw new UsageException("--input is required (one or more analyze output folders)");
    if (output == null) throw new UsageException("--output is required");
    return new CompareOptions(inputs, output, minWords, show);
  }
}
