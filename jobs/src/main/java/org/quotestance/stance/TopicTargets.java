package org.quotestance.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.sentiment.Sentiment;
import org.quotestance.speakers.ArticlePeople;

/**
 * Whom a quote that names no one is about: the people and organisations of the headline. "“We don’t want him. We reject his visit.”" in a story headlined on Trump's
 * visit is about Trump; "Greatest Witch Hunt in the History of our Country!" in a story on the Mueller
 * inquiry is about Mueller. In BASIL most quotes with a target name neither it nor anyone else.
 *
 * <p>Not the sentence before the quote: on BASIL it added almost nothing over the headline (coverage 0.6556 →
 * 0.6598, macro-F1 0.5312 → 0.5295) and on the seed story it mostly named the previous quote's speaker.
 *
 * <p>These are weaker calls than those on a named target: their rows say {@code basis = topic}, and their
 * label is the quote's own sentiment, so that analysts can keep or drop them.
 */
public final class TopicTargets {

  /** More would spread one quote's sentiment over a crowd. */
  static final int MAX = 3;

  private TopicTargets() {}

  /** The evidence of a topic call. */
  public static final String EVIDENCE = "topic: headline";

  /**
   * The article's topic targets, in order: people whose surname, and organisations whose name, the headline
   * holds as whole words; {@code canonical} maps a person's full name to the canonical speaker name. Empty
   * without a headline.
   */
  public static List<String> of(TaggedText doc, ArticlePeople people, String title, UnaryOperator<String> canonical) {
    if (title == null || title.isBlank()) return List.of();
    LinkedHashSet<String> names = new LinkedHashSet<>(headlineNames(doc, people, title, canonical));
    names.remove(null);
    return List.copyOf(names);
  }

  /** The topic targets for a quote by {@code speaker}: never the speaker, at most {@link #MAX}. */
  public static List<String> forSpeaker(List<String> topics, String speaker) {
    List<String> out = new ArrayList<>();
    for (String t : topics) {
      if (out.size() < MAX && !t.equals(speaker)) out.add(t);
    }
    return out;
  }

  /** People whose surname, and organisations whose name, the headline holds (as whole words). */
  static List<String> headlineNames(TaggedText doc, ArticlePeople people, String title,
      UnaryOperator<String> canonical) {
    List<String> out = new ArrayList<>();
    for (ArticlePeople.Mention m : people.mentions()) {
      String[] w = m.fullName().split(" ");
      if (holdsWord(title, w[w.length - 1])) out.add(canonical.apply(m.fullName()));
    }
    for (Sentence s : doc.sentences()) {
      for (String org : organisations(doc, s)) if (holdsWord(title, org)) out.add(org);
    }
    return out;
  }

  /** Runs of organisation-tagged tokens in a sentence, as written. */
  private static List<String> organisations(TaggedText doc, Sentence s) {
    List<String> out = new ArrayList<>();
    for (int[] r : s.organisationRuns()) out.add(doc.text().substring(s.token(r[0]).begin(), s.token(r[1]).end()));
    return out;
  }

  private static boolean holdsWord(String text, String word) {
    if (word.length() < 2) return false;
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
  }

  /**
   * The calls of each quote with a call per topic target ({@code topics}, empty for a quote that names someone)
   * added, labelled by the quote's own sentiment and marked {@code basis = topic}.
   */
  public static List<List<StanceCall>> apply(List<List<StanceCall>> calls, List<List<String>> topics,
      List<Sentiment> sentiments) {
    List<List<StanceCall>> out = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      if (topics.get(i).isEmpty()) {
        out.add(calls.get(i));
        continue;
      }
      Sentiment se = sentiments.get(i);
      String label = switch (se.label()) {
        case "positive" -> "favor";
        case "negative" -> "against";
        default -> "neutral";
      };
      List<StanceCall> row = new ArrayList<>(calls.get(i));
      for (String t : topics.get(i)) {
        row.add(new StanceCall(t, label, se.score(), se.confidence(), TopicTargets.EVIDENCE, StanceCall.TOPIC));
      }
      out.add(List.copyOf(row));
    }
    return out;
  }
}
