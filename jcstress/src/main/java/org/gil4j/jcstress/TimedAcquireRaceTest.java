package org.gil4j.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import org.gil4j.Gil;
import org.gil4j.GilTimeoutException;
import org.gil4j.GilToken;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A timed acquire racing a short hold. One actor holds the lock briefly; the other asks for it
 * with a one-nanosecond timeout. The timed acquire either returns a token or throws {@link
 * GilTimeoutException}, never both and never neither, and it leaves nothing held behind; after
 * both actors ended the lock is free, so the arbiter gets it within a second.
 *
 * <p>Result: {@code r1} is a bit set of the timed actor: 1 got a token, 2 timed out, 4 still held
 * the lock afterwards. {@code r2} is 1 when the arbiter acquired the lock, 0 when it timed out.
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "timed acquire got the lock; lock free after")
@Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "timed acquire timed out; lock free after")
@Outcome(expect = FORBIDDEN, desc = "both or neither, a level left held, or the lock wedged")
@State
public class TimedAcquireRaceTest {
  private int shared;

  /** Holds the lock for a few writes. */
  @Actor
  public void holder() {
    try (GilToken gil = Gil.acquire()) {
      shared++;
      shared++;
    }
  }

  /** Asks for the lock with a one-nanosecond timeout. */
  @Actor
  public void timed(II_Result r) {
    int outcome = 0;
    try (GilToken gil = Gil.acquire(Duration.ofNanos(1))) {
      outcome |= 1;
      shared++;
    } catch (GilTimeoutException e) {
      outcome |= 2;
    }
    if (Gil.isHeld() || Gil.holdCount() != 0) {
      outcome |= 4;
    }
    r.r1 = outcome;
  }

  /** Takes the lock once both actors ended, with a timeout so a wedged lock shows as 0. */
  @Arbiter
  public void free(II_Result r) {
    try (GilToken gil = Gil.acquire(Duration.ofSeconds(1))) {
      r.r2 = 1;
    } catch (GilTimeoutException e) {
      r.r2 = 0;
    }
  }
}
