package org.quotestance.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed article's gold, checked as the reference check does: each spoken quote (direct, partial)
 * and reported statement (indirect) found with the right speaker's surname; the scare quote given to
 * nobody named Witkoff.
 */
public final class SeedCheck {

  private SeedCheck() {}

  public static String run(List<AttributionScore.Gold> gold, List<AttributionScore.Pred> pred) {
    int[] spoken = new int[3];     // found, speaker right, total
    int[] indirect = new int[3];
    boolean scareOk = true;
    List<String> misses = new ArrayList<>();
    for (AttributionScore.Gold g : gold) {
      List<AttributionScore.Pred> hits = new ArrayList<>();
      for (AttributionScore.Pred p : pred) {
        if (AttributionScore.loose(p.start(), p.end(), g.start(), g.end())) hits.add(p);
      }
      if (g.kind().equals("scare")) {
        scareOk = hits.stream().noneMatch(p -> AttributionScore.surname(p.speaker()).equals("witkoff"));
        continue;
      }
      int[] r = g.kind().equals("indirect") ? indirect : spoken;
      r[2]++;
      if (hits.isEmpty()) {
        misses.add("not found (" + g.speaker() + ") at " + g.start());
        continue;
      }
      r[0]++;
      String want = AttributionScore.surname(g.speaker());
      if (hits.stream().anyMatch(p -> AttributionScore.surname(p.speaker()).equals(want))) r[1]++;
      else misses.add(g.speaker() + " given to " + hits.stream().map(AttributionScore.Pred::speaker).toList());
    }
    return String.format("seed: spoken %d/%d right (%d found), indirect %d/%d right (%d found), scare quote %s%s",
        spoken[1], spoken[2], spoken[0], indirect[1], indirect[2], indirect[0], scareOk ? "ok" : "given to Witkoff",
        misses.isEmpty() ? "" : "; misses: " + misses);
  }
}
