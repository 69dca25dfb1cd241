package org.gil4j.samples;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.Unbound;
import org.gil4j.annotations.NoGil;

/**
 * The update-in-place example of PyO3's guide to minimising GIL locking: replace every
 * element of a lock-bound {@link NumberList} by the result of an expensive computation that
 * touches nothing lock-bound, holding the lock as little as possible.
 *
 * <p>The two versions the reference says "won't compile" are in {@code samples/src/broken/}; the
 * checker rejects them.
 */
public final class UpdateInPlace {
  /** Above this, one call of {@link #expensiveComputation} takes too long for a sample. */
  public static final long MAX_INPUT = 5_000_000;

  private UpdateInPlace() {}

  /**
   * Some heavy number crunching: the number below {@code n} whose Collatz sequence is the
   * longest (the smallest such number on a tie). Its cost grows with {@code n}: about a
   * millisecond for 10,000.
   *
   * @throws IllegalArgumentException if {@code n} is not in [2, {@link #MAX_INPUT}]
   */
  @NoGil
  public static long expensiveComputation(long n) {
    if (n < 2 || n > MAX_INPUT) {
      throw new IllegalArgumentException("n must be in [2, " + MAX_INPUT + "]: " + n);
    }
    long best = 1;
    int bestSteps = 0;
    for (long start = 2; start < n; start++) {
      long x = start;
      int steps = 0;
      while (x != 1) {
        x = (x & 1) == 0 ? x >>> 1 : 3 * x + 1;
        steps++;
      }
      if (steps > bestSteps) {
        bestSteps = steps;
        best = start;
      }
    }
    return best;
  }

  /**
   * Strategy 1, "isolate the GIL-free section": copy the numbers out while holding the lock,
   * compute on the copy with the lock released, then write the results back holding it again.
   */
  public static void copyOutComputeWriteBack(GilToken gil, NumberList numbers) {
    long[] values = numbers.toArray();
    long[] updated =
        gil.allowThreads(
            () -> {
              long[] results = new long[values.length];
              for (int i = 0; i < values.length; i++) {
                results[i] = expensiveComputation(values[i]);
              }
              return results;
            });
    for (int i = 0; i < updated.length; i++) {
      numbers.set(i, updated[i]);
    }
  }

  /**
   * Strategy 2, "manually re-acquire the GIL inside the closure": unbind the list, release the
   * lock, and re-acquire it just long enough to read and to write each element.
   */
  public static void unbindAndReacquirePerElement(GilToken gil, NumberList numbers) {
    int size = numbers.size();
    Unbound<NumberList> numbersRef = gil.unbind(numbers);
    gil.allowThreads(
        () -> {
          for (int i = 0; i < size; i++) {
            int index = i;
            // Acquire the lock again to read the i-th element.
            long n = Gil.withGil(inner -> numbersRef.bind(inner).get(index));
            // Compute without the lock.
            long result = expensiveComputation(n);
            // Re-acquire it to update the list in place.
            Gil.runWithGil(inner -> numbersRef.bind(inner).set(index, result));
          }
        });
  }

  /** The three ways {@link #update} can run. */
  public enum Strategy {
    /** {@link #holdingLockThroughout}. */
    HOLD_THROUGHOUT,
    /** {@link #copyOutComputeWriteBack}. */
    COPY_OUT,
    /** {@link #unbindAndReacquirePerElement}. */
    REACQUIRE_PER_ELEMENT
  }

  /**
   * Builds a {@link NumberList} of {@code input} under the lock, updates it in place with {@code
   * strategy}, and returns a copy of the updated elements.
   */
  public static long[] update(Strategy strategy, long[] input) {
    return Gil.withGil(
        gil -> {
          NumberList numbers = new NumberList(input);
          switch (strategy) {
            case HOLD_THROUGHOUT -> holdingLockThroughout(gil, numbers);
            case COPY_OUT -> copyOutComputeWriteBack(gil, numbers);
            case REACQUIRE_PER_ELEMENT -> unbindAndReacquirePerElement(gil, numbers);
          }
          return numbers.toArray();
        });
  }

  /**
   * Runs {@link #update} on two threads at once, each on its own list built from {@code input}:
   * with the lock released around the computation both threads compute at the same time.
   *
   * @param pool an executor with at least two threads
   */
  public static List<long[]> updateOnTwoThreads(
      ExecutorService pool, Strategy strategy, long[] input)
      throws InterruptedException, ExecutionException {
    return TwoThreads.run(pool, () -> update(strategy, input));
  }

  /** For comparison: compute every element with the lock held all along. */
  public static void holdingLockThroughout(GilToken gil, NumberList numbers) {
    for (int i = 0; i < numbers.size(); i++) {
      numbers.set(i, expensiveComputation(numbers.get(i)));
    }
  }
}
