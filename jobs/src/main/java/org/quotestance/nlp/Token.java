package org.quotestance.nlp;

/**
 * One token of an article, with what the attribution rules need from CoreNLP. Offsets are Java
 * {@code String} indices into the article text (end exclusive), the same unit the Parquet columns use.
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end, int sentence) {

  public boolean isVerb() { return pos.startsWith("VB"); }

  /** Finite verb forms: the ones that can head a reporting clause ("stated", "says", "insist"). */
  public boolean isFiniteVerb() { return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"); }

  public boolean isNoun() { return pos.startsWith("NN"); }

  public boolean isProperNoun() { return pos.startsWith("NNP"); }

  public boolean isPunct(String p) { return word.equals(p); }

  /** A dash between phrases: em and en dashes, the horizontal bar and "--" (not a hyphen). */
  public boolean isDash() {
    return word.equals("\u2015") || word.equals("\u2014") || word.equals("\u2013") || word.equals("--");
  }

  /** A quotation mark, straight or curly (the tokenizer's ASCII forms included). */
  public boolean isQuoteMark() {
    return word.equals("\u201C") || word.equals("\u201D") || word.equals("\"") || word.equals("``") || word.equals("''");
  }

  public boolean isPerson() { return ner.equals("PERSON"); }

  public boolean isOrganization() { return ner.equals("ORGANIZATION"); }

  public String lower() { return word.toLowerCase(java.util.Locale.ROOT); }
}
