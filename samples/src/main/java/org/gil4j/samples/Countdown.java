package org.gil4j.samples;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.annotations.NoGil;

/**
 * The CPU-bound countdown that explains CPython's GIL: counting down from
 * {@code n} twice takes as long on two threads that hold the lock as it takes twice in a row,
 * and about half as long on two threads that release it.
 *
 * <p>Each step of the countdown also advances a 64-bit linear congruential generator, so the JIT
 * cannot fold the loop away and the result can be checked: {@link #expected} computes the same
 * value in O(log n) by composing the generator's affine map.
 */
public final class Countdown {
  /** Multiplier of the generator (Knuth's MMIX). */
  static final long MULTIPLIER = 6364136223846793005L;

  /** Increment of the generator (Knuth's MMIX). */
  static final long INCREMENT = 1442695040888963407L;

  /** Where every countdown starts. */
  public static final long SEED = 0x9E3779B97F4A7C15L;

  /**
   * Steps between two checkpoints when counting with the lock held: about 50 to 100
   * microseconds, the granularity at which CPython's eval loop looks for drop requests.
   */
  static final long STEPS_PER_SLICE = 1 << 16;

  private Countdown() {}

  /** Counts down from {@code n} starting at {@link #SEED}; returns the generator's final value. */
  @NoGil
  public static long count(long n) {
    return countFrom(SEED, n);
  }

  /** Counts down from {@code n}, advancing the generator from {@code x} once per step. */
  @NoGil
  public static long countFrom(long x, long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    long value = x;
    for (long i = n; i > 0; i--) {
      value = value * MULTIPLIER + INCREMENT;
    }
    return value;
  }

  /**
   * Counts down from {@code n} holding the lock, calling {@link GilToken#checkpoint()} between
   * slices as CPython's interpreter loop does, so a waiting thread gets its turn.
   */
  public static long countHoldingLock(GilToken gil, long n) {
    long value = SEED;
    for (long left = n; left > 0; left -= STEPS_PER_SLICE) {
      value = countFrom(value, Math.min(left, STEPS_PER_SLICE));
      gil.checkpoint();
    }
    return value;
  }

  /** The value {@link #count} returns for {@code n}, computed in O(log n). */
  public static long expected(long n) {
    return jump(SEED, n);
  }

  /** The generator's value after {@code steps} steps from {@code x}, in O(log steps). */
  public static long jump(long x, long steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must not be negative: " + steps);
    }
    // Compose x -> a*x + c with itself by repeated squaring (mod 2^64, Java's overflow).
    long accMul = 1;
    long accAdd = 0;
    long curMul = MULTIPLIER;
    long curAdd = INCREMENT;
    for (long left = steps; left > 0; left >>>= 1) {
      if ((left & 1) != 0) {
        accMul = accMul * curMul;
        accAdd = accAdd * curMul + curAdd;
      }
      curAdd = (curMul + 1) * curAdd;
      curMul = curMul * curMul;
    }
    return accMul * x + accAdd;
  }

  /** Counts down twice in a row on the calling thread, holding the lock. */
  public static List<Long> twiceInARow(long n) {
    return Gil.withGil(gil -> List.of(countHoldingLock(gil, n), countHoldingLock(gil, n)));
  }

  /**
   * Counts down on two threads at once, each holding the lock (with checkpoints): the lock
   * takes turns between them, so this takes as long as {@link #twiceInARow}.
   *
   * @param pool an executor with at least two threads
   */
  public static List<Long> twoThreadsHoldingLock(ExecutorService pool, long n)
      throws InterruptedException, ExecutionException {
    return TwoThreads.run(pool, () -> Gil.withGil(gil -> countHoldingLock(gil, n)));
  }

  /**
   * The control: counts down on two threads at once that never touch the lock. It shows what the
   * machine gives two threads right now, the limit for {@link #twoThreadsReleasing}.
   *
   * @param pool an executor with at least two threads
   */
  public static List<Long> twoThreadsWithoutLock(ExecutorService pool, long n)
      throws InterruptedException, ExecutionException {
    return TwoThreads.run(pool, () -> count(n));
  }

  /**
   * Counts down on two threads at once, each releasing the lock around the count: both run in
   * parallel.
   *
   * @param pool an executor with at least two threads
   */
  public static List<Long> twoThreadsReleasing(ExecutorService pool, long n)
      throws InterruptedException, ExecutionException {
    return TwoThreads.run(pool, () -> Gil.withGil(gil -> gil.allowThreads(() -> count(n))));
  }
}
