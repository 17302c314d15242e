package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.nlp.Token;
import org.quotestance.quotes.Attribution;
import org.quotestance.quotes.Quotation;
import org.quotestance.sentiment.Sentiment;
import org.quotestance.sentiment.SentimentScorer;

/**
 * The speaker's attitude as the reporting clause describes it: "Lavrov bluntly ruled out the possibility
 * that …", "Lavrov was dismissive when asked about a role for Europe, saying …", "X welcomed the talks".
 *
 * <p>The reporter's verb is often the plainest evidence of a stance, and the quoted words alone may not show
 * it ("there is not even a thought"). The attitude is read by the sentiment model from the attitude words
 * alone, not from a list of verbs: neutral reporting verbs ("said", "stated", "advised reporters") come out
 * neutral, attitude verbs polar, whatever word a rewording chose ("dominated out" for "ruled out").
 *
 * <p>What the attitude is about is the reported content (and, for a participle cue, the predicate before
 * it). A target inside it takes the attitude unless it is the subject of a clause there ("that Moscow would
 * cede …": ruling that out is not a stance against Moscow); see {@link #governs}.
 */
public final class CueAttitude {

  private CueAttitude() {}

  /**
   * The attitude words ({@code phraseStart..phraseEnd}) and what they are about ({@code scopeStart..scopeEnd}),
   * article character offsets, ends exclusive.
   */
  public record Frame(int phraseStart, int phraseEnd, int scopeStart, int scopeEnd) {
    public String phrase(String text) { return text.substring(phraseStart, phraseEnd); }

    public boolean covers(int begin, int end) { return begin >= scopeStart && end <= scopeEnd; }
  }

  /** The frame of a quotation's reporting clause, or null when it has none (fragments, speaker labels). */
  public static Frame of(TaggedText doc, Quotation q) {
    Attribution c = q.clause();
    if (c == null || c.form() == Attribution.Form.SPEAKER_LABEL || c.form() == Attribution.Form.ACCORDING_TO
        || c.form() == Attribution.Form.POLL) {
      return null;
    }
    Sentence s = doc.sentences().get(c.sentence());
    int first = c.cueFirst();
    int last = c.cueLast();
    if (c.form() == Attribution.Form.PARTICIPLE) {
      // "X was dismissive when asked about Y, saying …": the participle only reports; the predicate before
      // the comma says how, and what about (the quoted words after it elaborate, they are not its object)
      int comma = first - 1;
      int from = c.hasSpeaker() && c.speakerLast() < comma ? c.speakerLast() + 1 : 0;
      if (comma > from && s.token(comma).isPunct(",")) {
        int verb = from;
        while (verb < comma && !s.token(verb).isVerb()) verb++;
        if (verb < comma) {
          // the attitude is the predicate's verb group: "bluntly ruled out", "was dismissive"
          first = adverbsBefore(s, verb, from);
          last = verb;
          while (last + 1 < comma && isVerbGroup(s.token(last + 1))) last++;
          return new Frame(s.token(first).begin(), s.token(last).end(), s.token(from).begin(), s.token(comma - 1).end());
        }
      }
    } else {
      first = adverbsBefore(s, first, c.speakerLast() + 1);
      if (last + 1 < s.size() && s.token(last + 1).pos().equals("RP")) last++;
    }
    return new Frame(s.token(first).begin(), s.token(last).end(), Math.min(q.start(), s.token(first).begin()),
        Math.max(q.end(), s.token(last).end()));
  }

  /** The first of the adverbs right before token {@code i} ("bluntly ruled out"), not before {@code floor}. */
  private static int adverbsBefore(Sentence s, int i, int floor) {
    while (i > Math.max(0, floor) && s.token(i - 1).pos().startsWith("RB")) i--;
    return i;
  }

  /** Words that continue a verb group: adverbs, particles, verbs, predicate adjectives ("was dismissive"). */
  private static boolean isVerbGroup(Token t) {
    return t.pos().startsWith("RB") || t.pos().equals("RP") || t.isVerb() || t.pos().startsWith("JJ");
  }

  /**
   * Whether a target mention at {@code begin..end} (article offsets) takes the frame's attitude: it lies in the
   * frame's scope and is not the subject of a clause there (a modal or finite verb right after it).
   */
  public static boolean governs(TaggedText doc, Frame f, int begin, int end) {
    if (f == null || !f.covers(begin, end)) return false;
    for (Sentence s : doc.sentences()) {
      if (end <= s.begin() || begin >= s.end()) continue;
      for (int i = 0; i + 1 < s.size(); i++) {
        if (s.token(i).end() != end) continue;
        Token next = s.token(i + 1);
        return !(next.pos().equals("MD") || next.isFiniteVerb());
      }
    }
    return true;
  }

  /** The frames' phrases, in order (null frames give null), for one batch of sentiment scoring. */
  public static List<String> phrases(String text, List<Frame> frames) {
    List<String> out = new ArrayList<>(frames.size());
    for (Frame f : frames) out.add(f == null ? null : f.phrase(text));
    return out;
  }

  /**
   * The calls of each quote, where its attitude phrase ({@code phrases}, empty for none) is polar, with the calls
   * on the targets it governs ({@code targets}) replaced by the attitude: it decides over the model's reading of
   * the quoted words. The phrases are scored in one batch.
   */
  public static List<List<StanceCall>> apply(List<List<StanceCall>> calls, List<Set<String>> targets,
      List<String> phrases) {
    List<String> toScore = new ArrayList<>();
    for (String p : phrases) if (!p.isEmpty()) toScore.add(p);
    if (toScore.isEmpty()) return calls;
    List<Sentiment> attitudes = SentimentScorer.shared().scorePhrases(toScore);
    List<List<StanceCall>> out = new ArrayList<>(calls.size());
    int k = 0;
    for (int i = 0; i < calls.size(); i++) {
      if (phrases.get(i).isEmpty()) {
        out.add(calls.get(i));
        continue;
      }
      Sentiment a = attitudes.get(k++);
      if (a.label().equals("neutral")) {
        out.add(calls.get(i));
        continue;
      }
      String label = a.label().equals("positive") ? "favor" : "against";
      List<StanceCall> row = new ArrayList<>(calls.get(i).size());
      for (StanceCall c : calls.get(i)) {
        row.add(targets.get(i).contains(c.target())
            ? new StanceCall(c.target(), label, a.score(), a.confidence(), phrases.get(i)) : c);
      }
      out.add(List.copyOf(row));
    }
    return out;
  }
}
