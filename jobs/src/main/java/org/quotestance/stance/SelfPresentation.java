package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;

/**
 * A quote's call on its own speaker is self-presentation, and self-presentation is in the speaker's favour.
 *
 * <p>The speaker becomes a target of their own quote through "I", "my" in the quoted words ({@link PeopleReferences}),
 * as BASIL annotates quotes: "I abhor discrimination" is Mike Pence presenting himself, a favourable stance towards
 * Pence. The sentence model cannot read that: it scores the tone of the words around "I", and "abhor" made it
 * Pence <em>against</em> Pence. Speakers describe themselves to their advantage far more often than not (in BASIL
 * dev's gold, 27 of the 34 quotes whose target is their own speaker are positive), so the call is {@code favor}, as
 * a rule call ({@link ActionEffects#STRENGTH}), with this rule named as its evidence. Self-criticism ("I had no idea
 * how to run a congressional office") is the known miss. Rules that read the article (proposed acts, the reporter's
 * attitude) still decide after this one.
 */
public final class SelfPresentation {
  public static final String EVIDENCE = "self-presentation (the speaker's own I, my)";

  private SelfPresentation() {}

  /** The calls with the one on {@code speaker} (a canonical name; null: no speaker, nothing changes) made favor. */
  public static List<StanceCall> apply(List<StanceCall> calls, String speaker) {
    if (speaker == null) return calls;
    List<StanceCall> out = new ArrayList<>(calls.size());
    for (StanceCall c : calls) {
      out.add(!c.target().equals(speaker) ? c : new StanceCall(c.target(), "favor", ActionEffects.STRENGTH,
          ActionEffects.STRENGTH, EVIDENCE, c.basis()));
    }
    return List.copyOf(out);
  }
}
