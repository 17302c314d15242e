package org.quotestance.speakers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;
import org.quotestance.nlp.Token;
import org.quotestance.quotes.CueLexicon;

/**
 * The people an article names, each mention tied to the fullest form of that name in the article
 * ("Lavrov" to "Sergey Lavrov", "Chris" to "Chris Anderson"), with the titles written before the
 * name ("Ukrainian President", "Kremlin spokesman") so that "the Ukrainian president" can be found.
 */
public final class ArticlePeople {

  /** One person mention: tokens first..last of a sentence, its full name and its title words. */
  public record Mention(int sentence, int first, int last, int begin, int end, String name,
      String fullName, Set<String> titleWords) {}

  private final List<Mention> mentions;
  private final java.util.Map<String, Character> genders;

  private ArticlePeople(List<Mention> mentions, java.util.Map<String, Character> genders) {
    this.mentions = mentions;
    this.genders = genders;
  }

  public List<Mention> mentions() { return mentions; }

  public static ArticlePeople of(TaggedText doc) {
    List<Mention> raw = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int i = 0;
      while (i < s.size()) {
        if (!s.token(i).isPerson() || !inName(s, i) || reportingVerbOpening(s, i)) { i++; continue; }
        int j = i;
        while (j + 1 < s.size() && s.token(j + 1).isPerson() && inName(s, j + 1)) j++;
        int last = j;
        while (last > i && s.token(last).pos().equals("POS")) last--;
        raw.add(new Mention(s.index(), i, last, s.token(i).begin(), s.token(last).end(),
            name(s, i, last), null, titleWords(s, i)));
        i = j + 1;
      }
    }
    // once per mention, not per pair of mentions: which runs are two people's names joined by a headline
    List<String[]> heads = new ArrayList<>(raw.size());
    for (Mention m : raw) heads.add(twoNames(raw, m.name().split(" ")));
    List<Mention> out = new ArrayList<>(raw.size());
    for (int k = 0; k < raw.size(); k++) {
      Mention m = raw.get(k);
      out.add(new Mention(m.sentence(), m.first(), m.last(), m.begin(), m.end(), m.name(),
          fullName(raw, heads, k), m.titleWords()));
    }
    return new ArticlePeople(List.copyOf(out), genders(doc, out));
  }

  /**
   * "Said Ellis: “…”": a capitalised verb of saying opening the sentence, before a name, which the name finder
   * runs into the name ("Said Ellis" was a person). Only inflected forms of verbs that mostly report count.
   */
  static boolean reportingVerbOpening(Sentence s, int i) {
    return i == 0 && i + 1 < s.size() && s.token(i + 1).isPerson()
        && CueLexicon.shared().reportingVerbForm(s.token(i).word());
  }

  /** An editor's brackets inside a name, "Secretary [Hillary] Clinton": kept in the run, left out of the name. */
  private static final Set<String> BRACKETS = Set.of("[", "]", "-LSB-", "-RSB-");

  /**
   * Whether a token the tagger marks as part of a person's name can be one: words and initials, an editor's
   * brackets, and a hyphen inside a hyphenated name ("Smith-Jones"), but not punctuation standing apart; the tagger
   * sometimes runs a name on through it ("Mrs. Clinton - ''Born with a silver spoon …''" gave the person
   * "Clinton - '' Born").
   */
  static boolean inName(Sentence s, int i) {
    Token t = s.token(i);
    if (t.word().chars().anyMatch(Character::isLetterOrDigit)) return true;
    if (BRACKETS.contains(t.word())) return true;
    return t.word().equals("-") && i > 0 && i + 1 < s.size()
        && s.token(i - 1).end() == t.begin() && t.end() == s.token(i + 1).begin();
  }

  /**
   * Each person's gender ('m', 'f') as the article tells it, from titles ("Mr.", "Mrs.", "spokeswoman")
   * and from the pronouns of sentences that name only that person, with the usual gender of the first
   * name ({@link FirstNames}) counting as one title. Absent when nothing tells or the votes tie;
   * pronouns then match anyone.
   */
  private static java.util.Map<String, Character> genders(TaggedText doc, List<Mention> mentions) {
    java.util.Map<String, int[]> votes = new java.util.HashMap<>();
    for (Mention m : mentions) {
      boolean firstMention = !votes.containsKey(m.fullName());
      int[] v = votes.computeIfAbsent(m.fullName(), k -> new int[2]);
      String[] words = m.fullName().split(" ");
      Character usual = firstMention && words.length > 1 ? FirstNames.of(words[0]) : null;
      if (usual != null) v[usual == 'm' ? 0 : 1] += 2;   // once per person, as much as one title
      for (String w : m.titleWords()) {
        if (w.equals("mr.") || w.equals("mr") || w.endsWith("man") && !w.endsWith("woman")) v[0] += 2;
        if (w.startsWith("mrs") || w.startsWith("ms") || w.equals("miss") || w.endsWith("woman")) v[1] += 2;
      }
    }
    for (Sentence s : doc.sentences()) {
      java.util.Set<String> named = new java.util.HashSet<>();
      for (Mention m : mentions) if (m.sentence() == s.index()) named.add(m.fullName());
      if (named.size() != 1) continue;
      int he = 0;
      int she = 0;
      for (Token t : s.tokens()) {
        String w = t.lower();
        if (w.equals("he") || w.equals("him") || w.equals("his") || w.equals("himself")) he++;
        if (w.equals("she") || w.equals("her") || w.equals("hers") || w.equals("herself")) she++;
      }
      int[] v = votes.get(named.iterator().next());
      if (he > 0 && she == 0) v[0]++;
      if (she > 0 && he == 0) v[1]++;
    }
    java.util.Map<String, Character> out = new java.util.HashMap<>();
    votes.forEach((name, v) -> {
      if (v[0] > v[1]) out.put(name, 'm');
      else if (v[1] > v[0]) out.put(name, 'f');
    });
    return out;
  }

  /** Whether a pronoun ("he", "she") can stand for this person, as far as the article tells. */
  public boolean agrees(String fullName, String pronoun) {
    Character g = genders.get(fullName);
    if (g == null) return true;
    String p = pronoun.toLowerCase(Locale.ROOT);
    return p.equals("he") ? g == 'm' : !p.equals("she") || g == 'f';
  }

  /** The last person mention before offset that a pronoun can stand for, or null. */
  public Mention lastBefore(int offset, String pronoun) {
    Mention best = null;
    for (Mention m : mentions) if (m.end() <= offset && agrees(m.fullName(), pronoun)) best = m;
    return best;
  }

  private static String name(Sentence s, int first, int last) {
    StringBuilder b = new StringBuilder();
    for (int i = first; i <= last; i++) {
      if (BRACKETS.contains(s.token(i).word())) continue;
      if (b.length() > 0) b.append(' ');
      b.append(s.token(i).word());
    }
    return b.toString();
  }

  /** Words of the title right before a name: "U.S. President", "Kremlin spokesman", "retired Gen.". */
  private static Set<String> titleWords(Sentence s, int first) {
    List<Token> title = new ArrayList<>();
    for (int i = first - 1; i >= 0 && first - i <= 5; i--) {
      Token t = s.token(i);
      String p = t.pos();
      if (t.isPerson() || !(p.startsWith("NN") || p.startsWith("JJ") || t.lower().equals("of"))) break;
      title.add(t);
    }
    // the title's head first (titleHead): the word right before the name ("Senate Majority Leader"), or the
    // capitalised one before "of" ("Secretary of State"; not "a critique of President Obama")
    Set<String> words = new java.util.LinkedHashSet<>();
    if (title.size() >= 3 && title.get(1).lower().equals("of") && Character.isUpperCase(title.get(2).word().charAt(0))) {
      words.add(Demonyms.key(title.get(2).word()));
    }
    for (Token t : title) words.add(Demonyms.key(t.word()));
    return words;
  }

  /**
   * The fullest name a mention stands for: the nearest earlier mention of two or more words that
   * ends (surname) or starts (first name) with this one's words; else the nearest later one.
   */
  private static String fullName(List<Mention> all, List<String[]> heads, int k) {
    Mention m = all.get(k);
    String[] words = m.name().split(" ");
    if (heads.get(k) != null) return String.join(" ", heads.get(k));
    String best = null;
    for (int pass = 0; pass < 2 && best == null; pass++) {
      for (int d = 1; d < all.size(); d++) {
        int j = pass == 0 ? k - d : k + d;
        if (j < 0 || j >= all.size()) continue;
        String[] other = all.get(j).name().split(" ");
        if (other.length <= words.length || heads.get(j) != null) continue;
        if (endsWith(other, words) || startsWith(other, words)) { best = all.get(j).name(); break; }
      }
    }
    return best != null ? best : unshouted(m.name());
  }

  /**
   * A title-case headline runs two people into one name for the tagger: "Chris Christie Calls Hillary Clinton
   * ‘A Disgrace’". Such a run starts with one name the article gives elsewhere and ends with another (two words or
   * more each, not overlapping); it is no fuller name of either, and stands for the first, its subject. Null when
   * {@code words} is not such a run.
   */
  private static String[] twoNames(List<Mention> all, String[] words) {
    if (words.length < 3) return null;
    String[] head = null;
    for (Mention o : all) {
      String[] w = o.name().split(" ");
      if (w.length >= 2 && w.length <= words.length - 1 && startsWith(words, w) && (head == null || w.length > head.length)) {
        head = w;
      }
    }
    if (head == null) return null;
    CueLexicon cues = CueLexicon.shared();
    // "Trevor Noah Says": a verb of saying after the name closes it
    if (head.length == words.length - 1) return cues.reportingVerbForm(words[words.length - 1]) ? head : null;
    // a word between the two that is neither's ("Calls"): "Aung San Suu Kyi" is one name, though "Aung San" is another's;
    // the second may be a surname alone when a verb of saying stands between ("Glenn Beck Says Trump, …")
    boolean saying = cues.reportingVerbForm(words[head.length]);
    for (Mention o : all) {
      String[] w = o.name().split(" ");
      if ((w.length >= 2 || saying) && w.length < words.length - head.length && endsWith(words, w)) return head;
    }
    return null;
  }

  /** A name in capitals of a transcript's label ("WALLACE:") as a name is written: "Wallace". Initials ("G.K.") stay. */
  private static String unshouted(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split(" ")) {
      boolean shouted = w.length() >= 4 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'');
      if (out.length() > 0) out.append(' ');
      out.append(shouted ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w);
    }
    return out.toString();
  }

  private static boolean endsWith(String[] longer, String[] shorter) {
    for (int i = 0; i < shorter.length; i++) {
      if (!same(longer[longer.length - shorter.length + i], shorter[i])) return false;
    }
    return true;
  }

  private static boolean startsWith(String[] longer, String[] shorter) {
    for (int i = 0; i < shorter.length; i++) if (!same(longer[i], shorter[i])) return false;
    return true;
  }

  private static boolean same(String a, String b) {
    return CanonicalNames.key(a).equals(CanonicalNames.key(b));
  }

  /** The person mention covering token {@code t} of sentence {@code s}, or null. */
  public Mention at(int sentence, int token) {
    for (Mention m : mentions) {
      if (m.sentence() == sentence && token >= m.first() && token <= m.last()) return m;
    }
    return null;
  }

  /** A person whose name ends with this word, ignoring case ("WALLACE" for Chris Wallace), or null. */
  public Mention bySurname(String word) {
    for (Mention m : mentions) {
      String[] w = m.fullName().split(" ");
      if (w.length >= 2 && w[w.length - 1].equalsIgnoreCase(word)) return m;
    }
    return null;
  }

  /** The last person mention that starts before character offset {@code offset}, or null. */
  public Mention lastBefore(int offset) {
    Mention best = null;
    for (Mention m : mentions) if (m.end() <= offset) best = m;
    return best;
  }

  /** The head of a title ({@link #titleWords} puts it first): "leader", "secretary"; null for no title. */
  static String titleHead(Set<String> titleWords) {
    return titleWords.isEmpty() ? null : titleWords.iterator().next();
  }

  /**
   * The person a role phrase ("the Ukrainian president", "the Kremlin spokesman") most likely means:
   * the named people whose title has the role word as its head, most modifiers shared first, then the nearest
   * before the phrase. Null when no title in the article holds the role.
   */
  public Mention byRole(String role, Set<String> modifiers, int offset) {
    String r = role.toLowerCase(Locale.ROOT);
    Mention best = null;
    int bestScore = -1;
    for (Mention m : mentions) {
      // the title's head only: "the majority of respondents" is not Senate Majority Leader Mitch McConnell, "the
      // state" not Secretary of State Marco Rubio
      if (!r.equals(titleHead(m.titleWords()))) continue;
      int shared = 0;
      for (String mod : modifiers) if (m.titleWords().contains(mod)) shared++;
      int score = shared * 2 + (m.end() <= offset ? 1 : 0);
      if (score > bestScore || score == bestScore && m.end() <= offset) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }
}
