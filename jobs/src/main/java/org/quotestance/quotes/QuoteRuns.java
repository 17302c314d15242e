package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;

/**
 * Where a quotation interrupted by its own reporting clause becomes one attribution:
 * "“The presidents agreed …,” Lavrov stated. “They mentioned …”" is one thing Lavrov said, in two
 * pieces, and PolNeAR annotates it as one attribution whose content runs from the first piece to the
 * last. Only that shape is joined: both pieces are direct, the first carries the clause, the speaker
 * stands between them, and the second has no clause of its own but continues the first. A
 * continuation of a continuation, or one after narration, stays a row of its own.
 */
public final class QuoteRuns {

  /** What joins the pieces' words in a run's text: the clause stood there. */
  public static final String GAP = " … ";

  /**
   * One attribution: its quotation (for a run: direct, from the first piece's start to the last
   * piece's end, with the first piece's clause), {@code first}, the index of its first piece in the
   * list it was found in (whose speaker it has), and its pieces.
   */
  public record Run(Quotation quotation, int first, List<Quotation> pieces) {
    public Run {
      pieces = List.copyOf(pieces);
    }

    /** The content as written: the pieces' words, joined by {@link #GAP} where the clause stood. */
    public String text(String article) {
      StringBuilder b = new StringBuilder();
      for (Quotation p : pieces) {
        if (b.length() > 0) b.append(GAP);
        b.append(article, p.start(), p.end());
      }
      return b.toString();
    }
  }

  private QuoteRuns() {}

  /** The attributions of an article, in order: every quotation once, runs joined. */
  public static List<Run> join(TaggedText doc, List<Quotation> qs) {
    List<Run> out = new ArrayList<>(qs.size());
    int i = 0;
    while (i < qs.size()) {
      Quotation q = qs.get(i);
      if (i + 1 < qs.size() && continuesAcrossItsClause(doc, q, i, qs.get(i + 1))) {
        Quotation next = qs.get(i + 1);
        out.add(new Run(new Quotation(Quotation.Kind.DIRECT, q.start(), next.end(), q.clause(), -1), i,
            List.of(q, next)));
        i += 2;
      } else {
        out.add(new Run(q, i, List.of(q)));
        i++;
      }
    }
    return out;
  }

  private static boolean continuesAcrossItsClause(TaggedText doc, Quotation q, int index, Quotation next) {
    if (q.kind() != Quotation.Kind.DIRECT || next.kind() != Quotation.Kind.DIRECT) return false;
    Attribution a = q.clause();
    // "“Everything that I have said,” the judge exclaimed, “has totally overlapped.”": one clause claims both
    boolean sameClause = a != null && next.clause() != null && next.clause().sentence() == a.sentence()
        && next.clause().cueFirst() == a.cueFirst();
    if (!sameClause && (next.clause() != null || next.inheritsFrom() != index)) return false;
    if (a == null || !a.hasSpeaker()) return false;
    Sentence s = doc.sentences().get(a.sentence());
    int speakerStart = s.token(a.speakerFirst()).begin();
    return speakerStart >= q.end() && s.token(a.speakerLast()).end() <= next.start();
  }
}
