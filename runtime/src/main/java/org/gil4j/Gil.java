package org.gil4j;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.gil4j.annotations.WithGil;

/**
 * The process-wide lock. First version: a re-entrant lock with scoped tokens; the fair hand-off,
 * statistics and diagnostics of DESIGN.md replace its internals behind this same surface.
 *
 * <pre>{@code
 * try (GilToken gil = Gil.acquire()) {
 *   world.tick();
 * }
 * }</pre>
 */
public final class Gil {
  private static final ReentrantLock LOCK = new ReentrantLock();
  private static volatile Duration switchInterval = Duration.ofMillis(5);

  private Gil() {}

  /** Runs {@code body} holding the lock and returns its result; re-entrant. */
  public static <R, X extends Throwable> R withGil(@WithGil GilFunction<R, X> body) throws X {
    Objects.requireNonNull(body, "body");
    try (GilToken gil = acquire()) {
      return body.apply(gil);
    }
  }

  /** Runs {@code body} holding the lock; re-entrant. */
  public static <X extends Throwable> void runWithGil(@WithGil GilConsumer<X> body) throws X {
    Objects.requireNonNull(body, "body");
    try (GilToken gil = acquire()) {
      body.accept(gil);
    }
  }

  /** Acquires the lock (re-entrantly) and returns a token to close in try-with-resources. */
  public static GilToken acquire() {
    LOCK.lock();
    return new GilToken(Thread.currentThread());
  }

  /**
   * Releases the lock completely if the current thread holds it, until the returned scope closes;
   * when it does not hold it, the scope does nothing. Used by generated {@code @NoGil} wrappers,
   * which may be called with or without the lock.
   */
  public static GilRelease releaseIfHeld() {
    return new GilRelease(releaseAll());
  }

  /** Whether the current thread holds the lock. */
  public static boolean isHeld() {
    return LOCK.isHeldByCurrentThread();
  }

  /** How many times the current thread holds the lock (0 when it does not). */
  public static int holdCount() {
    return LOCK.getHoldCount();
  }

  /** Sets the switch interval. */
  public static void setSwitchInterval(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("switch interval must be positive: " + interval);
    }
    switchInterval = interval;
  }

  /** The current switch interval. */
  public static Duration switchInterval() {
    return switchInterval;
  }

  static void unlockOnce() {
    LOCK.unlock();
  }

  static int releaseAll() {
    int depth = LOCK.getHoldCount();
    for (int i = 0; i < depth; i++) {
      LOCK.unlock();
    }
    return depth;
  }

  static void restore(int depth) {
    for (int i = 0; i < depth; i++) {
      LOCK.lock();
    }
  }
}
