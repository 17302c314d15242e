package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.TaggedText;

/**
 * Transcripts and interviews: paragraphs that open with a speaker's label ("WALLACE: Let's start…",
 * "Q: …"). Each such paragraph is a direct quotation of that speaker, even when the whole transcript
 * sits inside one pair of quotation marks. A label counts when it is in capitals, or names a person,
 * or labels at least two paragraphs of the article; a headline's "Source: what it says" is reported
 * speech of that source (a longer source too: "Clinton to Planned Parenthood: …"), unless it asks a
 * question about it ("Ted Cruz: Constitutional conservative or …?").
 */
final class SpeakerLabels {

  private SpeakerLabels() {}

  /** "WALLACE: …", "Rep. Trey Gowdy (R-S.C.):“…”": a party and state in brackets, and a quotation right after the colon. */
  private static final Pattern LABEL = Pattern.compile(
      "(?m)^[ \\t]*[\"\u201C]?([A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*){0,2})(?: \\([A-Z][A-Za-z.\\-]*\\))?:"
          + "(?:[ \\t]+|(?=[\"\u201C]))(?=\\S)");
  /** A headline's source may be longer: "McCain Challenger Kelli Ward: …", "Clinton camp: …". */
  private static final Pattern HEADLINE_LABEL = Pattern.compile(
      "\\A[ \\t]*([A-Z][A-Za-z.'\\-]*(?: [A-Za-z][A-Za-z.'\\-]*){1,5}):[ \\t]+(?=\\S)");

  static List<Quotation> find(TaggedText doc) {
    String text = doc.text();
    Matcher m = LABEL.matcher(text);
    List<int[]> found = new ArrayList<>();          // label start, label end, content start
    Map<String, Integer> uses = new HashMap<>();
    while (m.find()) {
      found.add(new int[] {m.start(1), m.end(1), m.end()});
      uses.merge(m.group(1), 1, Integer::sum);
    }
    Matcher h = HEADLINE_LABEL.matcher(text);
    if (h.find() && (found.isEmpty() || found.get(0)[0] != h.start(1))) {
      found.add(0, new int[] {h.start(1), h.end(1), h.end(), 1});
      uses.merge(h.group(1), 1, Integer::sum);
    }
    List<Quotation> out = new ArrayList<>();
    for (int[] f : found) {
      String label = text.substring(f[0], f[1]);
      Sentence s = doc.sentenceAt(f[0]);
      if (s == null) continue;
      int first = s.tokenAt(f[0]);
      int last = s.tokenAt(f[1] - 1);
      int colonAt = text.indexOf(':', f[1]);
      int colon = s.tokenAt(colonAt);
      // ("Rep. Trey Gowdy (R-S.C.):" is split after "S.C.": the colon opens the next sentence; the label is the cue)
      if (colon < 0 && colonAt >= s.end()) colon = last;
      if (first < 0 || last < 0 || colon < 0) continue;
      boolean capitals = label.length() >= 2 && label.equals(label.toUpperCase()) && label.chars().anyMatch(Character::isLetter);
      boolean person = false;
      for (int i = first; i <= last; i++) person |= s.token(i).isPerson();
      // a headline "NY Daily News: Paris Attacks Highlight Threat" names its source too
      boolean headline = s.paragraph() == 0;
      if (!(capitals || person || headline || uses.get(label) >= 2)) continue;
      // a headline's label names a source only when it ends in a noun: not "The Latest:", "Revealed:"
      boolean headlineOnly = headline && !capitals && !person && uses.get(label) < 2;
      if (headlineOnly && !s.token(last).isNoun()) continue;
      // the longer headline label is a noun phrase: not "Sanders made the following comment:"
      if (f.length > 3 && hasFiniteVerb(s, first, last)) continue;
      int end = text.indexOf('\n', f[2]);
      if (end < 0) end = text.length();
      // the words, without the quotation marks around them ("Rep. Trey Gowdy (R-S.C.): “Who told you that?”")
      int start = f[2];
      if (start < end && (text.charAt(start) == '"' || text.charAt(start) == '\u201C')) start++;
      while (end > start && (QuoteMarks.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '"'
          || text.charAt(end - 1) == '\u201D')) {
        end--;
      }
      if (end - start < 2) continue;
      // "Ted Cruz: Constitutional conservative or another typical career politician?" asks about him
      if (headline && !capitals && uses.get(label) < 2 && text.charAt(end - 1) == '?') continue;
      Attribution a = new Attribution(s.index(), first, last, colon, colon, start, end, Attribution.Form.SPEAKER_LABEL);
      Quotation.Kind kind = headline && !capitals && !person ? Quotation.Kind.INDIRECT : Quotation.Kind.DIRECT;
      out.add(new Quotation(kind, start, end, a, -1));
    }
    return out;
  }

  private static boolean hasFiniteVerb(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) if (TokenTests.isFiniteOrModal(s.token(i))) return true;
    return false;
  }
}
