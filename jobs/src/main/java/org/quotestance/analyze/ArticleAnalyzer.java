package org.quotestance.analyze;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotestance.article.Article;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.quotes.Quotation;
import org.quotestance.quotes.QuotationFinder;
import org.quotestance.quotes.QuoteRuns;
import org.quotestance.sentiment.Sentiment;
import org.quotestance.sentiment.SentimentScorer;
import org.quotestance.speakers.ArticlePeople;
import org.quotestance.speakers.CanonicalNames;
import org.quotestance.speakers.Speaker;
import org.quotestance.speakers.SpeakerResolver;
import org.quotestance.stance.ActionEffects;
import org.quotestance.stance.CueAttitude;
import org.quotestance.stance.PeopleReferences;
import org.quotestance.stance.SelfPresentation;
import org.quotestance.stance.StanceCall;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceScorer;
import org.quotestance.stance.Target;
import org.quotestance.stance.TargetMatcher;
import org.quotestance.stance.TargetMention;
import org.quotestance.stance.TopicTargets;

/**
 * The whole per-article pipeline, plain Java: tag, find quotations, resolve speakers, score sentiment
 * and stance. Spark calls it from {@code mapPartitions}; tests call it directly.
 */
public final class ArticleAnalyzer {

  private final List<Target> targets;
  private final Set<String> configured = new HashSet<>();
  private final CanonicalNames names;
  private final boolean scoring;

  /** An analyzer that scores sentiment and stance. */
  public ArticleAnalyzer(List<Target> targets, CanonicalNames names) {
    this(targets, names, true);
  }

  /** Without {@code scoring}, quotes and speakers only: no sentiment (null) and no stance calls. */
  public ArticleAnalyzer(List<Target> targets, CanonicalNames names, boolean scoring) {
    this.targets = List.copyOf(targets);
    for (Target t : targets) configured.add(t.name());
    this.names = names;
    this.scoring = scoring;
  }

  /** Loads the JVM's shared models now rather than on the first article (the scorers' only if they will score). */
  public static void loadModels(boolean scoring) {
    LinguisticPipeline.shared();
    if (!scoring) return;
    SentimentScorer.shared();
    StanceScorer.shared();
  }

  public static void loadModels() {
    loadModels(true);
  }

  public AnalyzedArticle analyze(Article article) {
    long t0 = System.nanoTime();
    TaggedText doc = LinguisticPipeline.shared().tag(article.text());
    List<Quotation> quotations = QuotationFinder.find(doc);
    ArticlePeople people = ArticlePeople.of(doc);
    List<Speaker> speakers = new SpeakerResolver(doc, people, names).resolve(quotations);

    List<QuoteRuns.Run> runs = QuoteRuns.join(doc, quotations);

    List<String> texts = new ArrayList<>(runs.size());
    List<StanceInput> stanceInputs = new ArrayList<>(runs.size());
    List<Set<String>> attitudeTargets = new ArrayList<>(runs.size());
    List<String> attitudePhrases = new ArrayList<>();
    List<List<ActionEffects.Effect>> effects = new ArrayList<>(runs.size());
    List<String> selves = new ArrayList<>(runs.size());
    List<List<String>> topics = new ArrayList<>(runs.size());
    List<String> headline = null;
    for (QuoteRuns.Run r : runs) {
      Quotation q = r.quotation();
      String text = r.text(article.text());
      texts.add(text);
      if (!scoring) continue;
      // a fragment is nobody's words as far as the article tells: it gets no stance
      if (q.kind() == Quotation.Kind.FRAGMENT) {
        stanceInputs.add(new StanceInput(text, List.of()));
        attitudeTargets.add(Set.of());
        attitudePhrases.add("");
        topics.add(List.of());
        effects.add(List.of());
        selves.add(null);
        continue;
      }
      Speaker speaker = speakers.get(r.first());
      selves.add(speaker.canonical());
      Context ctx = stanceInput(doc, people, q, r.pieces(), speaker);
      stanceInputs.add(ctx.input());
      if (namesSomeoneElse(ctx, r.pieces(), speaker.canonical())) {
        topics.add(List.of());
      } else {
        if (headline == null) headline = TopicTargets.of(doc, people, article.title(), names::canonical);
        topics.add(TopicTargets.forSpeaker(headline, speaker.canonical()));
      }
      CueAttitude.Frame frame = CueAttitude.of(doc, q);
      Set<String> governed = new HashSet<>();
      for (TargetMention m : ctx.input().mentions()) {
        if (CueAttitude.governs(doc, frame, ctx.from() + m.start(), ctx.from() + m.end())) governed.add(m.target());
      }
      attitudeTargets.add(governed);
      effects.add(ActionEffects.of(doc, q.start(), q.end(), ctx.input().mentions(), ctx.from()));
      attitudePhrases.add(governed.isEmpty() ? "" : frame.phrase(article.text()));
    }
    long tScoring = System.nanoTime();
    List<Sentiment> sentiments = texts.isEmpty() || !scoring ? List.of() : SentimentScorer.shared().score(texts);
    List<List<StanceCall>> stances = texts.isEmpty() || !scoring ? List.of()
        : TopicTargets.apply(CueAttitude.apply(perQuote(perQuote(StanceScorer.shared().score(stanceInputs),
            (calls, i) -> SelfPresentation.apply(calls, selves.get(i))),
            (calls, i) -> ActionEffects.apply(calls, effects.get(i))),
            attitudeTargets, attitudePhrases), topics, sentiments);
    long scoringNanos = System.nanoTime() - tScoring;

    List<QuoteRecord> rows = new ArrayList<>(runs.size());
    for (int i = 0; i < runs.size(); i++) {
      Quotation q = runs.get(i).quotation();
      Speaker sp = speakers.get(runs.get(i).first());
      Sentiment se = scoring ? sentiments.get(i) : null;
      String kind = q.kind().label();
      rows.add(new QuoteRecord(article.id(), QuoteIds.of(article.id(), q.start(), q.end(), kind), kind,
          texts.get(i), q.start(), q.end(), sp.canonical(), sp.mention(),
          sp.mentionStart() < 0 ? null : sp.mentionStart(), sp.mentionEnd() < 0 ? null : sp.mentionEnd(),
          cue(doc, q), se == null ? null : se.label(), se == null ? null : se.score(),
          se == null ? null : se.confidence(), scoring ? stances.get(i) : List.of()));
    }
    return new AnalyzedArticle(article, rows, doc.tokenCount(), (System.nanoTime() - t0) / 1_000_000,
        scoringNanos / 1_000_000);
  }

  /**
   * Each quote's calls after a rule that reads that quote (its index): the speaker's own "I" ({@link SelfPresentation}),
   * then its proposed acts ({@link ActionEffects}).
   */
  private static List<List<StanceCall>> perQuote(List<List<StanceCall>> calls,
      java.util.function.BiFunction<List<StanceCall>, Integer, List<StanceCall>> rule) {
    List<List<StanceCall>> out = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) out.add(rule.apply(calls.get(i), i));
    return out;
  }

  /**
   * Whether the quote names or refers to a person or organisation other than the speaker, or its attributing
   * sentence names another person. Configured targets such as "United States" do not count: they are what a
   * quote is about, not whom; nor do organisations outside the quoted words, mostly where it was said ("told
   * Fox News", "on Twitter"), also when that clause stands between the pieces of a run.
   */
  private boolean namesSomeoneElse(Context ctx, List<Quotation> pieces, String speaker) {
    for (TargetMention m : ctx.input().mentions()) {
      String t = m.target();
      boolean self = speaker != null && (t.equals(speaker) || speaker.endsWith(" " + t));
      if (configured.contains(t) || self) continue;
      int b = ctx.from() + m.start();
      int e = ctx.from() + m.end();
      boolean inQuote = pieces.stream().anyMatch(p -> b >= p.start() && e <= p.end());
      if (inQuote || !ctx.organisations().contains(m.start())) return true;
    }
    return false;
  }

  private static String cue(TaggedText doc, Quotation q) {
    if (q.clause() == null) return null;
    Sentence s = doc.sentences().get(q.clause().sentence());
    return doc.text().substring(s.token(q.clause().cueFirst()).begin(), s.token(q.clause().cueLast()).end());
  }

  /**
   * A stance input, where its text starts in the article, and which of its mentions (by start in the text) are
   * organisation-tagged runs.
   */
  private record Context(StanceInput input, int from, Set<Integer> organisations) {}

  /**
   * The quote with its attributing sentence as context, its pieces of quoted words, and the targets named there: the
   * configured targets, and the people and organisations named in it other than the speaker.
   */
  private Context stanceInput(TaggedText doc, ArticlePeople people, Quotation q, List<Quotation> pieces,
      Speaker speaker) {
    int from = q.start();
    int to = q.end();
    for (Sentence s : doc.sentences()) {
      boolean overlaps = s.begin() < q.end() && s.end() > q.start();
      boolean holdsCue = q.clause() != null && s.index() == q.clause().sentence();
      if (overlaps || holdsCue) {
        from = Math.min(from, s.begin());
        to = Math.max(to, s.end());
      }
    }
    String context = doc.text().substring(from, to);
    List<TargetMention> mentions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TargetMention m : TargetMatcher.find(context, targets)) {
      if (overlapsSpeaker(speaker, from + m.start(), from + m.end())) continue;
      mentions.add(m);
      seen.add(m.target());
    }
    for (ArticlePeople.Mention p : people.mentions()) {
      if (p.begin() < from || p.end() > to || overlapsSpeaker(speaker, p.begin(), p.end())) continue;
      String name = names.canonical(p.fullName());
      if (name == null || name.equals(speaker.canonical()) || seen.contains(name)) continue;
      if (overlapsAny(mentions, p.begin() - from, p.end() - from)) continue;
      mentions.add(new TargetMention(name, p.begin() - from, p.end() - from));
      seen.add(name);
    }
    Set<Integer> organisations = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      if (s.end() <= from || s.begin() >= to) continue;
      for (int[] run : s.organisationRuns()) {
        int b = s.token(run[0]).begin();
        int e = s.token(run[1]).end();
        String name = doc.text().substring(b, e);
        // "R" and "D" of "(D-Calif.)" are party letters, not organisations anyone takes a stance on
        if (name.codePoints().filter(Character::isLetter).count() < 2) continue;
        // "Kellogg" tagged as a company in one sentence is still Keith Kellogg if the article names him
        ArticlePeople.Mention person = people.bySurname(name);
        if (person != null) name = names.canonical(person.fullName());
        if (name.equals(speaker.canonical()) || seen.contains(name)) continue;
        if (!overlapsSpeaker(speaker, b, e) && !overlapsAny(mentions, b - from, e - from)) {
          mentions.add(new TargetMention(name, b - from, e - from));
          organisations.add(b - from);
        }
      }
    }
    // people the quote refers to by surname, role or pronoun: "the president", "He has no consistency"
    for (PeopleReferences.Reference r : PeopleReferences.find(doc, people, from, to, q.start(), q.end(),
        speaker.canonical(), names::canonical)) {
      boolean self = r.person().equals(speaker.canonical());
      if (seen.contains(r.person()) || !self && overlapsSpeaker(speaker, r.begin(), r.end())
          || overlapsAny(mentions, r.begin() - from, r.end() - from)) {
        continue;
      }
      mentions.add(new TargetMention(r.person(), r.begin() - from, r.end() - from));
      seen.add(r.person());
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<StanceInput.Quoted> quoted = new ArrayList<>(pieces.size());
    for (Quotation p : pieces) quoted.add(new StanceInput.Quoted(p.start() - from, p.end() - from));
    return new Context(new StanceInput(context, mentions, quoted), from, organisations);
  }

  private static boolean overlapsSpeaker(Speaker sp, int b, int e) {
    return sp.mentionStart() >= 0 && b < sp.mentionEnd() && e > sp.mentionStart();
  }

  private static boolean overlapsAny(List<TargetMention> ms, int b, int e) {
    for (TargetMention m : ms) if (b < m.end() && e > m.start()) return true;
    return false;
  }
}
