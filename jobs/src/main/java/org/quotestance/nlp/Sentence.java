package org.quotestance.nlp;

import java.util.List;

/** A sentence as CoreNLP split it; {@code paragraph} counts line breaks before it in the article. */
public record Sentence(int index, int paragraph, int begin, int end, List<Token> tokens) {

  public Token token(int i) { return tokens.get(i); }

  public int size() { return tokens.size(); }
}
