package org.gil4j;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Chaos mode, for tests: every checkpoint gives the lock up (as {@code allowThreads(() -> {})}
 * would) and every full release, at a checkpoint or a scope exit, is followed by a pause of the
 * releasing thread. In the pause, a thread that waits for the lock gets it before the releaser goes
 * on (the releaser yields until another thread owns the lock, for at most {@link
 * #HANDOVER_LIMIT_NANOS}); then, waiter or not, the releaser yields and stays away for a pause
 * drawn from the seeded sequence (up to {@link #MAX_PAUSE_NANOS}), so a thread about to acquire
 * gets in too. Code that is only correct because a held section usually runs on undisturbed (a
 * check-then-act across a checkpoint or across two sections) then fails at once. The seed fixes the
 * sequence of pauses (which thread draws which value still depends on the scheduler).
 */
final class GilChaos {
  /** The longest seeded pause after a release. */
  static final long MAX_PAUSE_NANOS = 100_000;

  /**
   * How long a releaser waits at most for a waiter to take the lock, so chaos never wedges. A
   * queued waiter takes a free lock within its park timeout (one switch interval, 50 ms at most);
   * the margin is for a loaded machine, where a woken thread may wait tens of milliseconds for a
   * core.
   */
  static final long HANDOVER_LIMIT_NANOS = 100_000_000L;

  /** The chaos in force, or null (the default: chaos off). */
  static volatile @Nullable GilChaos active;

  final long seed;
  private final AtomicLong state;
  private final AtomicLong pauses = new AtomicLong();

  GilChaos(long seed) {
    this.seed = seed;
    this.state = new AtomicLong(seed);
  }

  /** The next value of the seeded sequence (SplitMix64, shared by all threads). */
  long next() {
    long z = state.addAndGet(0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** How many pauses this chaos made; for tests. */
  long pauses() {
    return pauses.get();
  }

  /**
   * The pause after {@code me} released the lock completely (no lock held now): first lets a waiter
   * take it, then stays away for a seeded while.
   */
  void afterRelease(GilSync sync, Thread me) {
    pauses.incrementAndGet();
    long start = System.nanoTime();
    while (sync.hasQueuedThreads()) {
      Thread o = sync.owner();
      if ((o != null && o != me) || System.nanoTime() - start > HANDOVER_LIMIT_NANOS) {
        break;
      }
      Thread.yield();
    }
    long r = next();
    Thread.yield();
    if ((r & 3) != 0) {
      // three times in four: stay away a little longer than a yield
      LockSupport.parkNanos(1 + ((r >>> 2) & Long.MAX_VALUE) % MAX_PAUSE_NANOS);
    }
  }
}
