package org.quotestance.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps character offsets of one text into another version of it (a copy edited in a few places, as
 * PolNeAR's two annotations of one story sometimes are: "the Southwest" / "last summer"). The texts
 * are aligned word by word by their longest common subsequence; an offset inside an aligned word keeps
 * its place in that word, one inside an unaligned stretch goes to the end of the aligned word before it.
 */
public final class TextAlignment {

  private static final Pattern WORD = Pattern.compile("\\S+");

  private final int[] fromStarts;
  private final int[] fromEnds;
  /** For each word of the first text, the start of the word it is aligned to in the second, or -1. */
  private final int[] toStart;
  private final int[] toEnd;

  /** Common words over the longer text's words: near 1 for two versions of one text. */
  private final double sharedWords;

  private TextAlignment(int[] fromStarts, int[] fromEnds, int[] toStart, int[] toEnd, double sharedWords) {
    this.fromStarts = fromStarts;
    this.fromEnds = fromEnds;
    this.toStart = toStart;
    this.toEnd = toEnd;
    this.sharedWords = sharedWords;
  }

  /** The share of the longer text's words the two texts have in common, in order. */
  public double sharedWords() { return sharedWords; }

  /** An alignment that maps offsets of {@code from} into {@code to}. */
  public static TextAlignment of(String from, String to) {
    List<int[]> a = words(from);
    List<int[]> b = words(to);
    int n = a.size();
    int m = b.size();
    // lcs[i][j]: common words of a[i..] and b[j..]; two stories of 1,500 words need 2.3 M cells
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = same(from, a.get(i), to, b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int[] toStart = new int[n];
    int[] toEnd = new int[n];
    Arrays.fill(toStart, -1);
    for (int i = 0, j = 0; i < n && j < m; ) {
      if (same(from, a.get(i), to, b.get(j))) {
        toStart[i] = b.get(j)[0];
        toEnd[i] = b.get(j)[1];
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    int[] fromStarts = a.stream().mapToInt(w -> w[0]).toArray();
    int[] fromEnds = a.stream().mapToInt(w -> w[1]).toArray();
    return new TextAlignment(fromStarts, fromEnds, toStart, toEnd, lcs[0][0] / (double) Math.max(1, Math.max(n, m)));
  }

  /** The offset in the second text that corresponds to {@code offset} in the first. */
  public int map(int offset) {
    // the last word starting at or before the offset, then back to an aligned one
    int i = Arrays.binarySearch(fromStarts, offset);
    if (i < 0) i = -i - 2;
    for (int k = i; k >= 0; k--) {
      if (toStart[k] < 0) continue;
      if (k == i && offset <= fromEnds[k]) return Math.min(toStart[k] + offset - fromStarts[k], toEnd[k]);
      return toEnd[k];
    }
    return 0;
  }

  private static boolean same(String x, int[] wx, String y, int[] wy) {
    return wx[1] - wx[0] == wy[1] - wy[0] && x.regionMatches(wx[0], y, wy[0], wx[1] - wx[0]);
  }

  private static List<int[]> words(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) out.add(new int[] {m.start(), m.end()});
    return out;
  }
}
