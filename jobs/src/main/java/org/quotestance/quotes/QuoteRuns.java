package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;

/**
 * Where a quotation interrupted by its own reporting clause becomes one attribution:
 * "“The presidents agreed …,” Lavrov stated. “They mentioned …”" is one thing Lavrov said, in two
 * pieces, and PolNeAR annotates it as one attribution whose content runs from the first piece to the
 * last. Only that shape is joined: both pieces are direct (or the first is a partial quotation before
 * its clause), the first carries the clause, the speaker stands between them, and the second has no
 * clause of its own but continues the first. A report or a quoted title inside the clause (", invoking …")
 * may stand between them and stays a row of its own. A continuation of a continuation, or one after narration,
 * stays a row of its own.
 */
public final class QuoteRuns {

  /** What joins the pieces' words in a run's text: the clause stood there. */
  public static final String GAP = " … ";

  /**
   * One attribution: its quotation (for a run: of the first piece's kind, from its start to the last
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
      int k = rowsBeforeContinuation(doc, qs, i);
      if (k >= 0) {
        // "“One of us ran against Barack Obama,” Sanders said, invoking the 2008 race. “I was not that
        // candidate.”": rows found inside the clause (k of them) stay rows besides the run
        Quotation next = qs.get(i + k + 1);
        out.add(new Run(new Quotation(q.kind(), q.start(), next.end(), q.clause(), -1), i, List.of(q, next)));
        for (int j = i + 1; j <= i + k; j++) out.add(new Run(qs.get(j), j, List.of(qs.get(j))));
        i += k + 2;
      } else {
        out.add(new Run(q, i, List.of(q)));
        i++;
      }
    }
    return out;
  }

  /**
   * Whether {@code next} continues {@code q} across q's clause: q direct (or partial before its clause), next direct
   * (or a short sentence right after the clause), the speaker between them, and next claimed by the same clause or
   * continuing the speaker of q (or, {@code via}, of a report inside q's clause).
   */
  private static boolean continuesAcrossItsClause(TaggedText doc, Quotation q, int index, Quotation next, int via) {
    Attribution a = q.clause();
    // "The event “was the first time …,” Sexton said. “I’m starting to wonder …”": a partial quotation
    // before its clause is the first piece too
    boolean partialBefore = q.kind() == Quotation.Kind.PARTIAL && a != null && a.form() == Attribution.Form.CONTENT_THEN_CUE;
    if (q.kind() != Quotation.Kind.DIRECT && !partialBefore || a == null || !a.hasSpeaker()) return false;
    // "“It’s not quite optimistic,” he said. “We’re hopeful.”": too short to be told from a scare quote alone, a
    // quoted sentence right after the clause's sentence goes on with it
    boolean shortSentence = next.kind() == Quotation.Kind.FRAGMENT && sentenceRightAfter(doc, a, next);
    if (next.kind() != Quotation.Kind.DIRECT && !shortSentence) return false;
    // "“Everything that I have said,” the judge exclaimed, “has totally overlapped.”": one clause claims both
    boolean sameClause = next.clause() != null && next.clause().sentence() == a.sentence()
        && next.clause().cueFirst() == a.cueFirst();
    boolean continues = next.clause() == null
        && (next.inheritsFrom() >= index && next.inheritsFrom() <= via || shortSentence);
    if (!sameClause && !continues) return false;
    Sentence s = doc.sentences().get(a.sentence());
    int speakerStart = s.token(a.speakerFirst()).begin();
    return speakerStart >= q.end() && s.token(a.speakerLast()).end() <= next.start();
  }

  /**
   * Whether quotation q is the whole of the sentence right after the clause's, in the same paragraph: it opens
   * that sentence in upper case and closes it with a full stop, a question or an exclamation mark.
   */
  private static boolean sentenceRightAfter(TaggedText doc, Attribution a, Quotation q) {
    if (a.sentence() + 1 >= doc.sentences().size()) return false;
    Sentence clause = doc.sentences().get(a.sentence());
    Sentence s = doc.sentences().get(a.sentence() + 1);
    String text = doc.text();
    if (s.paragraph() != clause.paragraph() || s.begin() < q.start() - 1 || s.begin() > q.start()) return false;
    int last = q.end() - 1;
    return Character.isUpperCase(text.charAt(q.start())) && last > q.start() && ".?!".indexOf(text.charAt(last)) >= 0
        && s.end() <= q.end() + 1;
  }

  /** At most this many rows of the clause may stand between two pieces: "said X, asking for anonymity to …". */
  private static final int MAX_ROWS_IN_CLAUSE = 2;

  /**
   * How many rows (0, 1 or 2) stand inside the clause of quotation i before a quotation that continues it, or -1 when
   * none continues it: unquoted reports found in the clause's sentence (", invoking the 2008 race") and quoted titles
   * there ("told ABC's “Good Morning America.”").
   */
  private static int rowsBeforeContinuation(TaggedText doc, List<Quotation> qs, int i) {
    Quotation q = qs.get(i);
    if (i + 1 < qs.size() && continuesAcrossItsClause(doc, q, i, qs.get(i + 1), i)) return 0;
    if (q.clause() == null) return -1;
    int k = 0;
    while (k < MAX_ROWS_IN_CLAUSE && i + k + 2 < qs.size() && inItsClause(doc, q, qs.get(i + k + 1))) {
      k++;
      Quotation next = qs.get(i + k + 1);
      boolean before = true;
      for (int j = i + 1; j <= i + k; j++) before &= qs.get(j).end() <= next.start();
      if (before && continuesAcrossItsClause(doc, q, i, next, i + k)) return k;
    }
    return -1;
  }

  private static boolean inItsClause(TaggedText doc, Quotation q, Quotation mid) {
    if (mid.start() < q.end()) return false;
    if (mid.kind() == Quotation.Kind.INDIRECT && mid.clause() != null) return mid.clause().sentence() == q.clause().sentence();
    Sentence s = doc.sentenceAt(mid.start());
    return mid.kind() == Quotation.Kind.FRAGMENT && s != null && s.index() == q.clause().sentence();
  }
}
