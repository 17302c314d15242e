package org.quotestance.nlp;

import java.util.List;

/** An article's text with its sentences and tagged tokens. */
public record TaggedText(String text, List<Sentence> sentences) {

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) n += s.size();
    return n;
  }

  /** The sentence that holds character offset {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.begin() && offset < s.end()) return s;
    }
    return null;
  }
}
