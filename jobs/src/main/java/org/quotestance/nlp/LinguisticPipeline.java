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
    Annotation doc = new Annotation(text);
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
        tokens.add(new Token(0, w, l.lemma(), l.tag(), ner, l.beginPosition(), l.endPosition(), 0));
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
      raw.add(tokens);
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
