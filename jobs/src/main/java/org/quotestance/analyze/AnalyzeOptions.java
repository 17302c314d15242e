package org.quotestance.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.cli.UsageException;

/** Command-line options of the analyze job, with their defaults and clear errors. */
public record AnalyzeOptions(List<String> inputs, String output, String targets, String aliases, int maxChars,
    int partitions, int showRows, boolean scoring) {

  /** Options of a run that scores sentiment and stance (the default). */
  public AnalyzeOptions(List<String> inputs, String output, String targets, String aliases, int maxChars,
      int partitions, int showRows) {
    this(inputs, output, targets, aliases, maxChars, partitions, showRows, true);
  }

  static final String USAGE = String.join("\n",
      "usage: AnalyzeJob --input PATH [--input PATH ...] --output DIR [options]",
      "  --input PATH      a .txt file, a folder (of .txt / .jsonl / .jsonl.gz files), or a .jsonl(.gz) file",
      "  --output DIR      output folder: quotes/, stances/, articles/, _run.json (replaced if it holds",
      "                    an earlier QuoteStance output; refused if it holds anything else)",
      "  --targets FILE    stance targets, JSON {\"targets\":[{\"name\":..., \"aliases\":[...]}]}",
      "                    (default: the targets of the seed story)",
      "  --aliases FILE    extra speaker aliases, TSV 'canonical<TAB>variant|variant'",
      "  --max-chars N     articles longer than N characters are rejected (default 200000)",
      "  --partitions N    how many tasks analyse articles (default: Spark's default parallelism x 2)",
      "  --show N          rows of the summary table printed at the end (default 25, 0 for none)",
      "  --no-scoring      find quotes and speakers only: no sentiment (null) and no stance rows; scoring is",
      "                    about four fifths of the analysis time, so such a run is several times faster");

  public static AnalyzeOptions parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    Map<String, String> opts = new LinkedHashMap<>();
    boolean scoring = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) throw new UsageException("");
      if (!a.startsWith("--")) throw new UsageException("unexpected argument '" + a + "'");
      if (a.equals("--no-scoring")) {
        scoring = false;
        continue;
      }
      if (i + 1 >= args.length) throw new UsageException("option " + a + " needs a value");
      String v = args[++i];
      switch (a) {
        case "--input" -> inputs.add(v);
        case "--output", "--targets", "--aliases", "--max-chars", "--partitions", "--show" -> opts.put(a, v);
        default -> throw new UsageException("unknown option " + a);
      }
    }
    if (inputs.isEmpty()) throw new UsageException("--input is required");
    if (!opts.containsKey("--output")) throw new UsageException("--output is required");
    String output = opts.get("--output").replaceAll("(.)/+$", "$1");   // "out/" and "out" are one folder
    return new AnalyzeOptions(List.copyOf(inputs), output, opts.get("--targets"),
        opts.get("--aliases"), intOption(opts, "--max-chars", 200_000), intOption(opts, "--partitions", 0),
        intOption(opts, "--show", 25), scoring);
  }

  private static int intOption(Map<String, String> opts, String name, int dflt) {
    String v = opts.get(name);
    return v == null ? dflt : UsageException.nonNegative(name, v);
  }
}
