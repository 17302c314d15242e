package org.quotestance.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.resources.TableResource;
import org.quotestance.nlp.TaggedText;
import org.quotestance.nlp.Token;
import org.quotestance.sentiment.Sentiment;
import org.quotestance.sentiment.SentimentScorer;

/**
 * What the quoted words propose to do to a target: "restoring the entire range of U.S.-Russian relations",
 * "agreed to have our teams start negotiations", "agreed to leave behind that abnormal period in relations",
 * "the talks would yield no results". Neither the sentiment model nor the stance model reads these: an act
 * that brings something about is no positive word, and leaving a bad period behind is good for what it was
 * bad for. Events that benefit or harm their object are a known device of opinion (Deng and Wiebe's "+/-effect"
 * events); here a small table of such verbs (resource {@code stance/effect-verbs.tsv}, one verb or verb and
 * particle per line with {@code +} for bringing about or keeping, {@code -} for ending or harming, {@code outcome}
 * for a result of its subject) decides, and users may extend it.
 *
 * <p>Only proposed or agreed acts count (a base form after "to", a modal or a causative, or a gerund after a
 * preposition: "focused on restoring"), not reported facts ("ended the talks" is news, not a stance). The
 * target must be the act's object, or sit in an object the sentiment model reads as negative, which reverses
 * the act ("leave behind an abnormal period in relations" favours the relations). A target that is a clause's
 * subject takes the outcome its predicate denies ("would yield no results").
 */
public final class ActionEffects {

  /** A rule call has no calibrated probability; this fixed strength says so in the score and confidence. */
  static final double STRENGTH = 0.5;

  private static final Set<String> NEGATORS = Set.of("no", "nothing", "little", "not", "n't", "never");
  private static final Set<String> PARTICLES = Set.of("behind", "out", "off", "up", "down", "back", "aside");
  private static final Set<String> LINKS = Set.of("of", "in", "between", "with", "over", "about", "on");

  private ActionEffects() {}

  private static final class Holder {
    static final Map<String, String> TABLE = load();
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    for (String[] f : TableResource.rows("/stance/effect-verbs.tsv")) m.put(f[0].trim().toLowerCase(Locale.ROOT), f[1].trim());
    return m;
  }

  /** A call the act decides: its target, label and the words that show it. */
  public record Effect(String target, String label, String evidence) {}

  /** A proposed act on a target, before the object's polarity is known. */
  private record Act(String target, int sign, String evidence, String object) {}

  /**
   * The effects on the targets whose mentions (offsets relative to {@code offset} in the article, as a
   * {@link StanceInput} holds them) lie in {@code [from, to)}, the quoted words. One call per target, the first
   * act found.
   */
  public static List<Effect> of(TaggedText doc, int from, int to, List<TargetMention> mentions, int offset) {
    Map<String, Act> acts = new LinkedHashMap<>();
    for (TargetMention m : mentions) {
      int begin = offset + m.start();
      int end = offset + m.end();
      if (begin < from || end > to || acts.containsKey(m.target())) continue;
      Act a = actOn(doc, begin, end, m.target(), from);
      if (a != null) acts.put(m.target(), a);
    }
    if (acts.isEmpty()) return List.of();
    List<String> objects = new ArrayList<>();
    for (Act a : acts.values()) if (a.object() != null) objects.add(a.object());
    List<Sentiment> polarity = objects.isEmpty() ? List.of() : SentimentScorer.shared().scorePhrases(objects);
    List<Effect> out = new ArrayList<>();
    int k = 0;
    for (Act a : acts.values()) {
      int sign = a.sign();
      if (a.object() != null) {
        // the target sits in another object: only a bad one reverses the act ("leave behind an abnormal period")
        if (!polarity.get(k++).label().equals("negative")) continue;
        sign = -sign;
      }
      out.add(new Effect(a.target(), sign > 0 ? "favor" : "against", a.evidence()));
    }
    return out;
  }

  private static Act actOn(TaggedText doc, int begin, int end, String target, int from) {
    Sentence s = doc.sentenceAt(begin);
    if (s == null) return null;
    int first = -1;
    int last = -1;
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.end() > begin && t.begin() < end) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first < 0) return null;
    Act subject = outcomeOfSubject(doc, s, last, target);
    if (subject != null) return subject;
    // walk left through the object's words to the verb (and particle) that governs it
    int j = first - 1;
    boolean headed = true;
    while (j >= 0 && first - j <= 10 && s.token(j).begin() >= from) {
      Token t = s.token(j);
      String p = t.pos();
      if (p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PDT") || p.equals("PRP$")
          || p.equals("CD") || p.equals("POS") || p.equals("HYPH") || p.startsWith("RB") && !PARTICLES.contains(t.lower())) {
        j--;
        continue;
      }
      if (p.equals("IN") && LINKS.contains(t.lower()) && j > 0 && s.token(j - 1).isNoun()) {
        // "range of relations" still acts on them; "a period in relations" is about the period
        if (!t.lower().equals("of")) headed = false;
        j--;
        continue;
      }
      break;
    }
    if (j < 0 || s.token(j).begin() < from) return null;
    String particle = null;
    if (PARTICLES.contains(s.token(j).lower()) && j > 0 && s.token(j - 1).isVerb()) {
      particle = s.token(j).lower();
      j--;
    }
    Token verb = s.token(j);
    if (!verb.isVerb() || !proposed(s, j)) return null;
    String sign = particle != null ? table().get(verb.lemma().toLowerCase(Locale.ROOT) + " " + particle) : null;
    if (sign == null) sign = table().get(verb.lemma().toLowerCase(Locale.ROOT));
    if (sign == null || sign.equals("outcome")) return null;
    int objectStart = s.token(j + (particle == null ? 1 : 2)).begin();
    String evidence = doc.text().substring(verb.begin(), s.token(last).end());
    String object = headed ? null : doc.text().substring(objectStart, s.token(last).end());
    return new Act(target, sign.equals("+") ? 1 : -1, evidence, object);
  }

  /** "The talks would yield no results": the subject takes the outcome its predicate denies. */
  private static Act outcomeOfSubject(TaggedText doc, Sentence s, int last, String target) {
    int k = last + 1;
    boolean negated = false;
    while (k < s.size() && (s.token(k).pos().equals("MD") || s.token(k).pos().startsWith("RB")
        || isAuxiliary(s.token(k)) || s.token(k).isQuoteMark())) {
      negated |= NEGATORS.contains(s.token(k).lower());
      k++;
    }
    if (k >= s.size() || !s.token(k).isVerb() || k == last + 1 && !s.token(k).isFiniteVerb()
        || k > last + 1 && s.token(k).isVerb() && !negated && !s.token(k).pos().equals("VB") && !s.token(k).isFiniteVerb()) {
      return null;
    }
    if (!"outcome".equals(table().get(s.token(k).lemma().toLowerCase(Locale.ROOT)))) return null;
    int e = k + 1;
    while (e < s.size() && e - k <= 4 && (s.token(e).pos().equals("DT") || s.token(e).pos().startsWith("JJ")
        || s.token(e).pos().startsWith("RB") || s.token(e).pos().startsWith("NN") || s.token(e).isQuoteMark())) {
      negated |= NEGATORS.contains(s.token(e).lower());
      e++;
    }
    if (!negated) return null;
    int a = last + 1;
    int b = e - 1;
    while (a < b && s.token(a).isQuoteMark()) a++;   // the evidence is words, not an unbalanced mark
    while (b > a && s.token(b).isQuoteMark()) b--;
    return new Act(target, -1, doc.text().substring(s.token(a).begin(), s.token(b).end()), null);
  }

  /** A proposed act: a base form (after "to", a modal or a causative) or a gerund after a preposition. */
  private static boolean proposed(Sentence s, int v) {
    String p = s.token(v).pos();
    if (p.equals("VB")) return true;
    // "to have our teams start negotiations": the tagger reads a causative's bare verb as present tense
    if (p.equals("VBP")) {
      for (int c = v - 1; c >= 0 && v - c <= 5; c--) {
        Token t = s.token(c);
        if (t.pos().equals("VB") && Set.of("have", "let", "make", "help").contains(t.lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (!(t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("PRP$") || t.pos().equals("DT"))) break;
      }
    }
    int before = v - 1;
    while (before >= 0 && s.token(before).isQuoteMark()) before--;   // "centered on “restoring …"
    return p.equals("VBG") && before >= 0 && s.token(before).pos().equals("IN");
  }

  private static boolean isAuxiliary(Token t) {
    return Set.of("be", "have", "do").contains(t.lemma().toLowerCase(Locale.ROOT)) || t.lower().equals("n't");
  }

  private static Map<String, String> table() { return Holder.TABLE; }

  /** The calls of one quote with the effects replacing the model's calls on their targets. */
  public static List<StanceCall> apply(List<StanceCall> calls, List<Effect> effects) {
    if (effects.isEmpty()) return calls;
    List<StanceCall> out = new ArrayList<>(calls.size());
    for (StanceCall c : calls) {
      Effect hit = null;
      for (Effect e : effects) if (e.target().equals(c.target())) hit = e;
      out.add(hit == null ? c : new StanceCall(c.target(), hit.label(),
          hit.label().equals("favor") ? STRENGTH : -STRENGTH, STRENGTH, hit.evidence(), c.basis()));
    }
    return List.copyOf(out);
  }
}
