package org.quotestance.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines in title case ("Carly Fiorina Endorses Ted Cruz", "…, Trevor Noah Says."), lower-cased word by word
 * before tagging. The tagger reads a capitalised "Says", "Slams" or "Endorses" as a name, so the attribution rules
 * found no report in most headlines (PolNeAR marks one in about half of its articles, and 137 of train 151–840's 323
 * headline reports had no row). A word is lower-cased only where the article's own text uses it (or another word
 * with its first four letters) in lower case and never capitalised inside a sentence, so names keep their capitals
 * ("Trump", "Rubio", "U.S." and "FBI" too). Only the case of letters changes: every offset stays as it was, and the
 * words the rules read are the headline's.
 */
public final class Headlines {

  private Headlines() {}

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

  /**
   * The text with its title-case paragraphs lower-cased where the rest of the text allows; the same string when
   * there are none.
   */
  public static String truecased(String text) {
    List<int[]> titles = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = lineEnd(text, start);
      if (isTitleCase(text, start, end)) titles.add(new int[] {start, end});
      start = end + 1;
    }
    // most articles have none: no word sets to build
    if (titles.isEmpty()) return text;
    Set<String> lower = new HashSet<>();
    Set<String> stems = new HashSet<>();
    Set<String> capitalisedInside = new HashSet<>();
    for (int start = 0, t = 0; start < text.length(); ) {
      int end = lineEnd(text, start);
      if (t < titles.size() && titles.get(t)[0] == start) {
        t++;
      } else {
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
          String w = m.group();
          if (Character.isLowerCase(w.charAt(0))) {
            lower.add(w);
            stems.add(stem(w));
          } else if (insideSentence(text, m.start())) {
            capitalisedInside.add(w);
          }
        }
      }
      start = end + 1;
    }
    StringBuilder out = new StringBuilder(text);
    for (int[] title : titles) {
      Matcher w = WORD.matcher(text).region(title[0], title[1]);
      boolean first = true;
      while (w.find()) {
        String word = w.group();
        boolean opening = first || afterBreak(text, title[0], w.start());
        first = false;
        if (opening || !Character.isUpperCase(word.charAt(0)) || isAllCaps(word)) continue;
        String low = word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
        if ((lower.contains(low) || stems.contains(stem(low))) && !capitalisedInside.contains(word)) {
          out.setCharAt(w.start(), low.charAt(0));
        }
      }
    }
    return out.toString();
  }

  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  /**
   * A line most of whose words (past the first, two letters or more) are capitalised, at least three of them:
   * a headline, not a sentence, whose function words are in lower case.
   */
  static boolean isTitleCase(String text, int from, int to) {
    Matcher w = WORD.matcher(text).region(from, to);
    int words = 0, capitalised = 0;
    boolean first = true;
    while (w.find()) {
      String word = w.group();
      if (first) { first = false; continue; }
      if (word.length() < 2) continue;
      words++;
      if (Character.isUpperCase(word.charAt(0))) capitalised++;
    }
    return capitalised >= 3 && capitalised >= 0.8 * words;
  }

  /** A word right after a colon, a full stop, a dash or an opening quotation mark opens a new clause or title. */
  private static boolean afterBreak(String text, int lineStart, int at) {
    int i = at - 1;
    while (i >= lineStart && (text.charAt(i) == ' ' || "\"'‘“(".indexOf(text.charAt(i)) >= 0)) i--;
    return i < lineStart || ":.?!—–-".indexOf(text.charAt(i)) >= 0;
  }

  /** Capitalised after a lower-case word or a comma: a name, not a sentence's first word. */
  private static boolean insideSentence(String text, int at) {
    int i = at - 1;
    if (i < 0 || text.charAt(i) != ' ') return false;
    i--;
    return i >= 0 && (Character.isLowerCase(text.charAt(i)) || text.charAt(i) == ',');
  }

  /**
   * The first four letters of a word of five or more ("endorses" and "endorsed" share "endo", "slams" and "slammed"
   * "slam"): the headline's verb is often another form of the body's. Shorter words must match whole.
   */
  private static String stem(String word) {
    return word.length() >= 5 ? word.substring(0, 4) : word;
  }

  private static boolean isAllCaps(String word) {
    if (word.length() < 2) return false;
    for (int i = 0; i < word.length(); i++) if (Character.isLowerCase(word.charAt(i))) return false;
    return true;
  }
}
