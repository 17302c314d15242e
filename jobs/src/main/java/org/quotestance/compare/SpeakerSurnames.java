package org.quotestance.compare;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maps a one-word speaker (a surname alone, e.g. "Lavrov") to the one full name with that surname
 * among the speakers of the same comparison ("Sergey Lavrov"). The surname of a full name is its
 * last word, skipping a generational suffix (Jr., Sr., II, III, IV); words are compared ignoring
 * case, accents and punctuation. When no full name or two or more different full names have that
 * surname ("Trump" with both "Donald Trump" and "Melania Trump"), the one-word speaker is left as it
 * is. Null speakers stay null.
 */
public final class SpeakerSurnames {

  private SpeakerSurnames() {}

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** One-word speaker → full name, for the one-word speakers that have exactly one full name. Sorted. */
  public static Map<String, String> mapping(Collection<String> speakers) {
    Map<String, Set<String>> fullBySurname = new HashMap<>();
    Set<String> single = new TreeSet<>();
    for (String s : speakers) {
      if (s == null || s.isBlank()) continue;
      List<String> words = words(s);
      if (words.isEmpty()) continue;
      if (words.size() == 1) {
        single.add(s);
      } else {
        fullBySurname.computeIfAbsent(surname(words), k -> new TreeSet<>()).add(s);
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (String s : single) {
      Set<String> full = fullBySurname.get(fold(s));
      if (full != null && full.size() == 1) out.put(s, full.iterator().next());
    }
    return out;
  }

  private static String surname(List<String> words) {
    int i = words.size() - 1;
    while (i > 0 && SUFFIXES.contains(words.get(i))) i--;
    return words.get(i);
  }

  /** Folded words of a name: "Jean-Luc Mélenchon Jr." → [jeanluc, melenchon, jr]. */
  private static List<String> words(String name) {
    return List.of(name.trim().split("\\s+")).stream().map(SpeakerSurnames::fold).filter(w -> !w.isEmpty())
        .toList();
  }

  private static String fold(String word) {
    String s = Normalizer.normalize(word, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) b.appendCodePoint(c);
    }
    return b.toString();
  }
}
