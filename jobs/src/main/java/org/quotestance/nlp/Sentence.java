package org.quotestance.nlp;

import java.util.ArrayList;
import java.util.List;

/** A sentence as CoreNLP split it; {@code paragraph} counts line breaks before it in the article. */
public record Sentence(int index, int paragraph, int begin, int end, List<Token> tokens) {

  public Token token(int i) { return tokens.get(i); }

  public int size() { return tokens.size(); }

  /** Index of the token covering the character offset, or -1 between tokens or outside the sentence. */
  public int tokenAt(int offset) {
    for (Token t : tokens) if (offset >= t.begin() && offset < t.end()) return t.index();
    return -1;
  }

  /** Runs of organisation-tagged tokens, as {first, last} token indices, in order. */
  public List<int[]> organisationRuns() {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < size()) {
      if (!token(i).isOrganization()) { i++; continue; }
      int j = i;
      while (j + 1 < size() && token(j + 1).isOrganization()) j++;
      out.add(new int[] {i, j});
      i = j + 1;
    }
    return out;
  }
}
