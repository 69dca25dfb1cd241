package org.gil4j.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.gil4j.Gil;
import org.gil4j.GilRelease;
import org.gil4j.GilToken;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Visibility across a release scope, and the depth restored after it. The releaser holds the lock
 * two levels deep, writes {@code a = b = 1}, releases every level, takes the lock back (closing the
 * scope) and writes {@code a = b = 2}. The reader acquires once and reads both fields. Holding the
 * lock, it sees the releaser's writes as a whole: both 0 (it ran first), both 1 (it got the lock
 * while the releaser was inside its release scope) or both 2 (it ran last). After the scope the
 * releaser holds the lock again at depth 2.
 *
 * <p>Result: {@code r1} is the releaser's hold count after the scope ({@code -1} if
 * {@code Gil.isHeld()} said it did not hold the lock), {@code r2}, {@code r3} what the reader saw
 * of {@code a} and {@code b}.
 */
@JCStressTest
@Outcome(id = "2, 0, 0", expect = ACCEPTABLE, desc = "reader first")
@Outcome(id = "2, 1, 1", expect = ACCEPTABLE_INTERESTING, desc = "reader inside the release")
@Outcome(id = "2, 2, 2", expect = ACCEPTABLE, desc = "reader last")
@Outcome(expect = FORBIDDEN, desc = "torn or stale view, or the depth was not restored")
@State
public class ReleaseVisibilityTest {
  private int a;
  private int b;

  /** Writes, releases both levels, takes them back, writes again. */
  @Actor
  public void releaser(III_Result r) {
    try (GilToken outer = Gil.acquire()) {
      try (GilToken inner = Gil.acquire()) {
        b = 1;
        a = 1;
        try (GilRelease released = inner.release()) {
          Thread.onSpinWait();
        }
        r.r1 = Gil.isHeld() ? Gil.holdCount() : -1;
        b = 2;
        a = 2;
      }
    }
  }

  /** Acquires once and reads both fields. */
  @Actor
  public void reader(III_Result r) {
    try (GilToken gil = Gil.acquire()) {
      r.r2 = a;
      r.r3 = b;
    }
  }
}
