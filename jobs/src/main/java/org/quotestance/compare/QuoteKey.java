package org.quotestance.compare;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which the same quote is recognised in different articles: the text lower-cased,
 * accents folded (é → e, ß → ss), apostrophes and dots dropped (don’t = don't = dont, U.S. = US),
 * every other punctuation mark, quotation mark (straight, curly, guillemets), dash and symbol made a
 * space, and runs of whitespace made one space, trimmed. Digits and letters of any script are kept.
 * So {@code “We will not cede — ever,” he said.} and {@code we will not cede ever he said} share a key.
 */
public final class QuoteKey {

  private QuoteKey() {}

  /** The normalized key, or null for null text; "" when nothing but punctuation is left. */
  public static String of(String text) {
    if (text == null) return null;
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = true; // no leading space
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
        continue; // accents and zero-width characters
      }
      if (isDropped(c, s, i)) continue;
      if (c == 'ß') {
        b.append("ss");
        space = false;
      } else if (Character.isLetterOrDigit(c)) {
        b.appendCodePoint(c);
        space = false;
      } else if (!space) { // whitespace, punctuation, symbols
        b.append(' ');
        space = true;
      }
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == ' ') b.setLength(n - 1);
    return b.toString();
  }

  /**
   * Apostrophes vanish; a single dot vanishes too (U.S., 1.5), but an ellipsis ("..." or "…") is a
   * break like any other punctuation. {@code next} is the index just after {@code c}.
   */
  private static boolean isDropped(int c, String s, int next) {
    if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4') return true;
    if (c == '.') {
      boolean before = next >= 2 && s.charAt(next - 2) == '.';
      boolean after = next < s.length() && s.charAt(next) == '.';
      if (before || after) return false;
      // "end.Next": a dot with letters on both sides is an abbreviation (U.S, e.g) - dropped;
      // "end. Next" is dropped too, the following space breaks the words anyway.
      return true;
    }
    if (c == ',' && next >= 2 && next < s.length()
        && Character.isDigit(s.charAt(next - 2)) && Character.isDigit(s.charAt(next))) {
      return true; // 1,000 = 1000
    }
    return false;
  }

  /** How many words the key has (0 for null or ""). */
  public static int words(String key) {
    if (key == null || key.isEmpty()) return 0;
    int n = 1;
    for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') n++;
    return n;
  }
}
