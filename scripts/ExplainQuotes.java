import java.nio.file.*;
import java.util.*;
import com.fasterxml.jackson.databind.*;
import org.quotestance.nlp.*;
import org.quotestance.quotes.*;
import org.quotestance.speakers.*;

/**
 * Every quotation of one article with its kind, reporting clause (form, source, cue, sentence), the
 * quotation it continues (inh) and its resolved speaker; with FROM TO, only those around that span, and
 * the tagged sentences there (index:word/POS/NER). Run by scripts/explain-quotes.
 */
public class ExplainQuotes {
  public static void main(String[] a) throws Exception {
    ObjectMapper om = new ObjectMapper();
    // the exact id, or else the one id that starts with it (ids are long; error listings cut them)
    String text = null, byPrefix = null;
    int prefixed = 0;
    for (String line : Files.readAllLines(Path.of(a[0]))) {
      JsonNode n = om.readTree(line);
      String id = n.get("id").asText();
      if (id.equals(a[1])) text = n.get("text").asText();
      else if (id.startsWith(a[1])) { prefixed++; byPrefix = n.get("text").asText(); }
    }
    if (text == null && prefixed == 1) text = byPrefix;
    if (text == null) {
      System.err.println("explain-quotes: " + (prefixed > 1 ? prefixed + " articles have ids starting with " : "no article has the id ") + a[1] + " in " + a[0]);
      System.exit(2);
    }
    int from = a.length > 2 ? Integer.parseInt(a[2]) : 0, to = a.length > 3 ? Integer.parseInt(a[3]) : Integer.MAX_VALUE;
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    List<Quotation> qs = QuotationFinder.find(doc);
    List<Speaker> sp = new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(qs);
    for (int i = 0; i < qs.size(); i++) {
      Quotation q = qs.get(i);
      if (q.end() < from || q.start() > to) continue;
      String cl = "-";
      if (q.clause() != null) {
        Attribution c = q.clause(); Sentence s = doc.sentences().get(c.sentence());
        String src = c.hasSpeaker() ? text.substring(s.token(c.speakerFirst()).begin(), s.token(c.speakerLast()).end()) : "";
        String cue = text.substring(s.token(c.cueFirst()).begin(), s.token(c.cueLast()).end());
        cl = c.form() + " src='" + src + "' cue='" + cue + "' s" + c.sentence();
      }
      String t = text.substring(q.start(), q.end()).replace('\n', ' ');
      if (t.length() > 90) t = t.substring(0, 45) + " … " + t.substring(t.length() - 40);
      System.out.printf("%d %s [%d,%d] inh=%d %s -> %s | %s%n", i, q.kind(), q.start(), q.end(), q.inheritsFrom(), cl,
          sp.get(i).canonical() + "/" + sp.get(i).mention(), t);
    }
    if (a.length > 2) for (Sentence s : doc.sentences()) {
      if (s.end() < from || s.begin() > to) continue;
      StringBuilder b = new StringBuilder("S" + s.index() + " p" + s.paragraph() + ": ");
      for (int k = 0; k < s.tokens().size(); k++) { Token tk = s.token(k); b.append(k).append(':').append(tk.word()).append('/').append(tk.pos()).append(tk.ner().equals("O") ? "" : "/" + tk.ner()).append(' '); }
      System.out.println(b);
    }
  }
}
