package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations by their marks: curly (“…”, nested “…” inside), straight ("…"), guillemets
 * and low-9 marks, and two apostrophes ('') used as a straight mark, as in some newspapers' archives;
 * a quote that runs over several paragraphs with the opening mark repeated at each paragraph start is
 * one quotation. Single quotes are only ever nested speech or apostrophes in English news, so they
 * never open a quotation here.
 *
 * <p>Straight marks carry no direction, so a mark is read as opening when it follows a space or the
 * start of a line and precedes a word, as closing when it follows a word; a closing-looking mark with
 * nothing open is a stray and is ignored. A quotation still open at a paragraph break that the next
 * paragraph does not continue, or at the end of the text, is dropped: it cannot be told from a stray.
 */
public final class QuoteMarks {

  private QuoteMarks() {}

  private static boolean isCurlyOpen(char c) { return c == '\u201C' || c == '\u201E' || c == '\u00AB'; }

  private static boolean isCurlyClose(char c) { return c == '\u201D' || c == '\u00BB'; }

  /** Length of a straight mark at i: 1 for ", 2 for '' (two apostrophes), 0 for none. */
  private static int straightMark(String text, int i) {
    if (text.charAt(i) == '"') return 1;
    return text.startsWith("''", i) && !text.startsWith("'''", i) ? 2 : 0;
  }

  /** All quotations in {@code text}, in order, outermost only. */
  public static List<QuoteSpan> find(String text) {
    List<QuoteSpan> found = new ArrayList<>();
    int open = -1;          // position of the opening mark of the quotation being read
    boolean straight = false;
    int width = 1;          // length of the opening straight mark (" or '')
    int depth = 0;          // nesting depth of curly marks
    int strayCloser = -1;   // a straight closing mark inside the open curly quotation
    int nestedCurly = 0;    // curly quotations open inside the open straight one
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' && open >= 0 && !straight && strayCloser > open) {
        // “… FBI," he said: a curly quotation closed by a straight mark, found at the paragraph's end
        found.add(new QuoteSpan(open, open + 1, strayCloser, strayCloser));
        open = -1;
        depth = 0;
        i = strayCloser;
        continue;
      }
      if (c == '\n' && open >= 0) {
        int next = skipSpace(text, i);
        if (next < n && (isCurlyOpen(text.charAt(next)) || straightMark(text, next) > 0)
            && opensHere(text, next)) {
          // the quotation continues in the next paragraph: skip its repeated mark (a curly one inside a
          // straight quotation opens a quotation nested in it: "… ¶“He stated …,” King said. ¶… he said.")
          i = straight && isCurlyOpen(text.charAt(next)) ? next - 1 : next + Math.max(0, straightMark(text, next) - 1);
          continue;
        }
        open = -1;
        depth = 0;
        continue;
      }
      if (open < 0) {
        if (isCurlyOpen(c)) {
          open = i; straight = false; depth = 1; width = 1;
        } else if (straightMark(text, i) > 0 && opensHere(text, i)) {
          open = i; straight = true; width = straightMark(text, i); nestedCurly = 0;
          i += width - 1;
        }
        continue;
      }
      if (straight) {
        int w = straightMark(text, i);
        if (w == width && !opensHere(text, i)) {
          found.add(new QuoteSpan(open, open + width, i, i + w - 1));
          open = -1;
          i += w - 1;
        } else if (width == 1 && isCurlyOpen(c)) {
          nestedCurly++;
        } else if (width == 1 && isCurlyClose(c)) {
          // "Donald Trump doesn't understand …,” said Benjamin: a straight quotation closed by a curly mark
          if (nestedCurly > 0) {
            nestedCurly--;
          } else {
            found.add(new QuoteSpan(open, open + 1, i, i));
            open = -1;
          }
        }
      } else if (c == '"' && !opensHere(text, i)) {
        if (strayCloser < open) strayCloser = i;
      } else if (c == '"' && depth == 1 && strayCloser > open && ".,?!".indexOf(text.charAt(strayCloser - 1)) >= 0) {
        // “Our roads are crumbling," she said. "Families endure blackouts …”: the straight mark after the
        // spoken words closed the curly quotation, and this one opens the next
        found.add(new QuoteSpan(open, open + 1, strayCloser, strayCloser));
        open = i; straight = true; width = 1; nestedCurly = 0; depth = 0;
      } else if (isCurlyOpen(c) && !closesHere(text, i)) {
        depth++;
      } else if (isCurlyClose(c) || isCurlyOpen(c)) {
        // (an opening mark typed where the closing one belongs, "… here,“ said Jim Clyburn": after a word or
        // punctuation and before a space, it can only close)
        depth--;
        if (depth == 0) {
          found.add(new QuoteSpan(open, open + 1, i, i));
          open = -1;
        }
      }
    }
    return found;
  }

  /**
   * White space, including the no-break spaces of web copy ("he said.\u00A0\"Everybody sues\""), which
   * {@link Character#isWhitespace} does not count: there a mark after one would never open.
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether the curly mark at i stands after a word or punctuation and before a space or the end: a closing place. */
  private static boolean closesHere(String text, int i) {
    if (i == 0 || isSpace(text.charAt(i - 1)) || "([{\u2014\u2013-".indexOf(text.charAt(i - 1)) >= 0) return false;
    return i + 1 >= text.length() || isSpace(text.charAt(i + 1));
  }

  /** Index of the first character after {@code i} that is not white space. */
  private static int skipSpace(String text, int i) {
    int j = i;
    while (j < text.length() && isSpace(text.charAt(j))) j++;
    return j;
  }

  /** A straight mark opens when it stands before a word and after a space, a line start or a bracket. */
  static boolean opensHere(String text, int i) {
    int w = straightMark(text, i);
    if (w == 0) return true;
    char before = i == 0 ? ' ' : text.charAt(i - 1);
    char after = i + w < text.length() ? text.charAt(i + w) : ' ';
    boolean spaceBefore = isSpace(before) || "([{\u2014\u2013-:".indexOf(before) >= 0;
    boolean wordAfter = !isSpace(after) && ".,;:!?)".indexOf(after) < 0;
    return spaceBefore && wordAfter;
  }
}
