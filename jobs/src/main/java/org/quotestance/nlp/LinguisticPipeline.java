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
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int lastEnd = 0;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) continue;
      int begin = labels.get(0).beginPosition();
      for (int i = lastEnd; i < begin; i++) {
        if (text.charAt(i) == '\n') { paragraph++; break; }
      }
      int si = sentences.size();
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        String ner = l.ner() == null ? "O" : l.ner();
        tokens.add(new Token(tokens.size(), l.originalText(), l.lemma(), l.tag(), ner,
            l.beginPosition(), l.endPosition(), si));
      }
      int end = labels.get(labels.size() - 1).endPosition();
      sentences.add(new Sentence(si, paragraph, begin, end, List.copyOf(tokens)));
      lastEnd = end;
    }
    return new TaggedText(text, List.copyOf(sentences));
  }
}
