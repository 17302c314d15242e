package org.quotestance.analyze;

import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.Row;

/** The short readable table printed at the end of a run: who said what, how, and where it went. */
final class SummaryTable {

  private SummaryTable() {}

  static void print(AnalyzeJob.RunSummary s, PrintStream out) {
    out.println();
    out.printf("%-22s %-8s %6s  %-34s %s%n", "speaker", "kind", "sent.", "stance", "quote");
    out.println("-".repeat(120));
    for (Row r : s.preview()) {
      String speaker = r.isNullAt(1) ? "(" + (r.isNullAt(2) ? "unknown" : r.getString(2)) + ")" : r.getString(1);
      String sentiment = r.isNullAt(4) ? "   -  " : String.format("%+6.2f", r.getDouble(4));
      out.printf("%-22s %-8s %6s  %-34s %s%n", cut(speaker, 22), r.getString(3), sentiment,
          cut(stance(r.getList(5)), 34), cut(r.getString(6).replace('\n', ' '), 48));
    }
    out.println();
    out.printf("articles: %d ok, %d rejected; quotes: %d (%d direct, %d partial, %d indirect, %d fragment), %d"
            + " with a named speaker; stance calls: %d%n",
        s.count("articles_ok"), s.count("articles_rejected"), s.count("quotes"), s.count("quotes_direct"),
        s.count("quotes_partial"), s.count("quotes_indirect"), s.count("quotes_fragment"),
        s.count("quotes_with_speaker"), s.count("stances"));
    out.printf("time: %.1f s (%.0f tokens/s over %d tokens); %s%n", s.totalMillis() / 1000.0,
        s.tokens() / Math.max(0.001, s.analyseMillis() / 1000.0), s.tokens(), !s.options().scoring()
            ? "no scoring (--no-scoring)"
            : String.format("scoring sentiment and stance took %.0f %% of the articles' analysis time",
                100 * s.work().scoringShare()));
    out.println("Parquet written to " + s.options().output() + "/{quotes,stances,articles}, manifest "
        + s.options().output() + "/_run.json");
  }

  private static String stance(List<Row> calls) {
    StringBuilder b = new StringBuilder();
    for (Row c : calls) {
      if (b.length() > 0) b.append(", ");
      String label = c.getString(1);
      b.append(label.equals("favor") ? "+" : label.equals("against") ? "-" : "=").append(c.getString(0));
    }
    return b.toString();
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }
}
