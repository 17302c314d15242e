package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelfPresentationTest {

  private final StanceCall self = new StanceCall("Mike Pence", "against", -0.49, 0.6, "abhor");
  private final StanceCall other = new StanceCall("Bill Clinton", "against", -0.7, 0.8, "lied");

  @Test
  void theCallOnTheSpeakerBecomesFavorAndOthersStay() {
    List<StanceCall> out = SelfPresentation.apply(List.of(self, other), "Mike Pence");
    assertEquals(new StanceCall("Mike Pence", "favor", 0.5, 0.5, SelfPresentation.EVIDENCE), out.get(0));
    assertSame(other, out.get(1));
  }

  @Test
  void withoutASpeakerNothingChanges() {
    List<StanceCall> calls = List.of(self, other);
    assertSame(calls, SelfPresentation.apply(calls, null));
    assertEquals(calls, SelfPresentation.apply(calls, "Donald Trump"));
  }
}
