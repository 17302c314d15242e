package org.quotestance.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tokens, sentences, part-of-speech tags, lemmas and person/organisation names, from CoreNLP.
 *
 * <p>One pipeline per JVM, built on first use: the models take seconds and about a gigabyte to load,
 * so executors share one through {@link #shared()} from {@code mapPartitions}. No parser and no
 * coreference: the attribution rules work on tags, which keeps the job far faster than CoreNLP's
 * quote attribution pipeline (about 250 tokens/s with coreference).
 */
public final class LinguisticPipeline {

  private final StanfordCoreNLP corenlp;

  private LinguisticPipeline() {
    this.corenlp = new StanfordCoreNLP(properties());
  }

  private static final class Holder {
    static final LinguisticPipeline INSTANCE = new LinguisticPipeline();
  }

  /** The JVM's pipeline, loaded lazily and thread-safely on first call. */
  public static LinguisticPipeline shared() { return Holder.INSTANCE; }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // News paragraphs are lines: a line break always ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // One CRF (person, organisation, location) instead of CoreNLP's default three, no SUTime, no
    // number classifiers, no fine-grained rules: only speakers and their organisations are needed.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("tokenize.options", "invertible=false,untokenizable=noneKeep,quotes=ascii");
    return p;
  }

  /** Tags one article. Thread-safe: CoreNLP annotators can be shared across threads. */
  public TaggedText tag(String text) {
    // headlines in title case are tagged lower-cased where the article allows (same offsets; see Headlines)
    Annotation doc = new Annotation(Headlines.truecased(text));
    corenlp.annotate(doc);
    List<List<Token>> raw = new ArrayList<>();   // per sentence; index and sentence fields set below
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) continue;
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        String ner = l.ner() == null ? "O" : l.ner();
        String w = l.originalText();
        String span = text.substring(l.beginPosition(), l.endPosition());
        if (span.length() > 1 && isClosingMarks(span)) {
          // "…need?’” Weaver said": the tokenizer joins a nested quotation's closing marks into one
          // unknown token; each is a closing mark of its own
          for (int c = 0; c < span.length(); c++) {
            String m = span.substring(c, c + 1);
            tokens.add(new Token(0, m, m, "''", "O", l.beginPosition() + c, l.beginPosition() + c + 1, 0));
          }
          continue;
        }
        tokens.add(new Token(0, w, l.lemma(), namePos(l.tag(), ner, w), ner, l.beginPosition(), l.endPosition(), 0));
      }
      // closing marks that open a sentence close the sentence before them in the same paragraph
      if (!raw.isEmpty()) {
        List<Token> prev = raw.get(raw.size() - 1);
        int k = 0;
        while (k < tokens.size() - 1 && isCurlyClosing(tokens.get(k).word())) k++;
        if (k > 0 && text.substring(prev.get(prev.size() - 1).end(), tokens.get(0).begin()).indexOf('\n') < 0) {
          prev.addAll(tokens.subList(0, k));
          tokens = new ArrayList<>(tokens.subList(k, tokens.size()));
        }
      }
      raw.add(spacedHyphensAsDashes(joinHyphenated(tokens)));
    }
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int lastEnd = 0;
    for (List<Token> ts : raw) {
      int begin = ts.get(0).begin();
      for (int i = lastEnd; i < begin; i++) {
        if (text.charAt(i) == '\n') { paragraph++; break; }
      }
      int si = sentences.size();
      List<Token> tokens = new ArrayList<>(ts.size());
      for (Token t : ts) {
        tokens.add(new Token(tokens.size(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end(), si));
      }
      int end = ts.get(ts.size() - 1).end();
      sentences.add(new Sentence(si, paragraph, begin, end, List.copyOf(tokens)));
      lastEnd = end;
    }
    return new TaggedText(text, List.copyOf(sentences));
  }

  /**
   * CoreNLP splits hyphenated words ("first - time", "D.C. - based") and tags the parts as if they
   * stood alone ("first/RB"), so "said first-time offenders are …" no longer looks like a clause to
   * the attribution rules. The parts are joined back into one token when nothing separates them. The
   * joined word is an adjective before a noun or an adjective ("first-time offenders", "GOP-led
   * House"), a name when both parts are names ("Resnick-Day"), a noun after a determiner ("the
   * 46-year-old said"), else it keeps the last part's tag ("re-elected"). A party label stays split:
   * "(D-Calif.)" is read by its parts.
   */
  static List<Token> joinHyphenated(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j + 2 < tokens.size() && isHyphen(tokens.get(j + 1))
          && tokens.get(j).end() == tokens.get(j + 1).begin()
          && tokens.get(j + 1).end() == tokens.get(j + 2).begin()
          && Character.isLetterOrDigit(tokens.get(j + 2).word().charAt(0))
          && !isPartyLabel(tokens, i)) {
        j += 2;
      }
      if (j == i) {
        out.add(tokens.get(i++));
        continue;
      }
      Token first = tokens.get(i);
      Token last = tokens.get(j);
      StringBuilder word = new StringBuilder();
      for (int k = i; k <= j; k++) word.append(tokens.get(k).word());
      Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
      String pos;
      if (first.isProperNoun() && last.isProperNoun()) pos = last.pos();
      else if (next != null && (next.isNoun() || next.pos().startsWith("JJ"))) pos = "JJ";
      // "said the 46-year-old": after a determiner and before no noun, the compound is the noun
      else if (i > 0 && (tokens.get(i - 1).pos().equals("DT") || tokens.get(i - 1).pos().equals("PRP$"))) pos = "NN";
      else pos = last.pos();
      String lemma = word.substring(0, word.length() - last.word().length()).toLowerCase(java.util.Locale.ROOT)
          + last.lemma();
      // a name keeps whichever part was recognised ("Resnick-Day"); "anti-Trump" is no person
      String ner = first.ner().equals(last.ner()) ? last.ner()
          : first.isProperNoun() && last.isProperNoun() ? (last.ner().equals("O") ? first.ner() : last.ner()) : "O";
      out.add(new Token(0, word.toString(), lemma, pos, ner, first.begin(), last.end(), 0));
      i = j + 1;
    }
    return out;
  }

  /**
   * "Donald Trump - who previously said … - said at a rally": a hyphen with a space on each side is a dash
   * typed on a keyboard without one (as common as real dashes in PolNeAR's Washington Post articles), and
   * the attribution rules read asides between dashes; it becomes the tokenizer's "--", tagged as dashes are.
   */
  static List<Token> spacedHyphensAsDashes(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens);
    for (int i = 1; i + 1 < out.size(); i++) {
      Token t = out.get(i);
      if (t.word().equals("-") && out.get(i - 1).end() < t.begin() && t.end() < out.get(i + 1).begin()) {
        out.set(i, new Token(t.index(), "--", "--", ":", "O", t.begin(), t.end(), t.sentence()));
      }
    }
    return out;
  }

  /**
   * A capitalised word the name recogniser calls a person is a proper noun, whatever the tagger said:
   * it reads rare surnames as adjectives or verbs ("Devine/JJ said"), and the attribution rules look
   * for sources by their tags.
   */
  static String namePos(String pos, String ner, String word) {
    return ner.equals("PERSON") && !pos.startsWith("NNP") && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        ? "NNP" : pos;
  }

  private static boolean isHyphen(Token t) {
    return t.pos().equals("HYPH") || t.word().equals("-");
  }

  /** "(D-Calif.)", "(R-Fla.)", "(I-Vt.)": a party letter and a state, read as parts by SourcePhrases. */
  private static boolean isPartyLabel(List<Token> tokens, int i) {
    return i > 0 && tokens.get(i - 1).word().equals("(") && tokens.get(i).word().length() == 1
        && Character.isUpperCase(tokens.get(i).word().charAt(0));
  }

  /** A curly closing mark ("’", "”"): never the opening of a quotation, unlike a straight mark. */
  private static boolean isCurlyClosing(String w) {
    return w.equals("\u2019") || w.equals("\u201D");
  }

  /**
   * Only closing quotation marks, at least one of them curly ("’”", "”’"); two apostrophes ('') stay
   * one token, the straight mark some archives use.
   */
  private static boolean isClosingMarks(String w) {
    boolean curly = false;
    for (int i = 0; i < w.length(); i++) {
      if ("\u2019\u201D'\"".indexOf(w.charAt(i)) < 0) return false;
      curly |= isCurlyClosing(w.substring(i, i + 1));
    }
    return curly;
  }
}
