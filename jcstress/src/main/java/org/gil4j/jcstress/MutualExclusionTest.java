package org.gil4j.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Mutual exclusion: two actors each increment a plain field twice, read-then-write, holding the
 * lock (one through a scope token, one through {@code withGil}). A lost update, which is what an
 * unlocked read-modify-write allows, would leave less than 4.
 */
@JCStressTest
@Outcome(id = "4", expect = ACCEPTABLE, desc = "both critical sections ran one after the other")
@Outcome(expect = FORBIDDEN, desc = "an update was lost: the sections overlapped")
@State
public class MutualExclusionTest {
  private int counter;

  private void incrementTwice() {
    int v = counter;
    counter = v + 1;
    v = counter;
    counter = v + 1;
  }

  /** Increments under a try-with-resources token. */
  @Actor
  public void scoped() {
    try (GilToken gil = Gil.acquire()) {
      incrementTwice();
    }
  }

  /** Increments inside {@code withGil}, the body form. */
  @Actor
  public void body() {
    Gil.runWithGil(gil -> incrementTwice());
  }

  /** Reads the total after both actors ended. */
  @Arbiter
  public void total(I_Result r) {
    r.r1 = counter;
  }
}
