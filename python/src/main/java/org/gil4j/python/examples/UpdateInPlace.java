package org.gil4j.python.examples;

import java.util.List;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.Unbound;
import org.gil4j.annotations.NoGil;
import org.gil4j.python.PyObject;

/**
 * PyO3's update-in-place on a real Python {@code list}: replace every element by the result of an
 * expensive Java computation that touches no Python object, holding the GIL as little as possible.
 * The two versions PyO3 says "won't compile" are rejected by gil4j's checker too (see the module's
 * {@code CheckerOnPythonTest}).
 */
public final class UpdateInPlace {
  private UpdateInPlace() {}

  /**
   * The number below {@code n} with the longest Collatz sequence: pure Java number crunching, about
   * a millisecond for 10,000.
   *
   * @param n the bound, at least 2
   * @return the start value with the longest sequence
   */
  @NoGil
  public static long expensiveComputation(long n) {
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
   * Strategy 1, "isolate the GIL-free section": copy the ints out holding the GIL, compute on the
   * copy with it released, write the results back holding it again.
   *
   * @param gil the held GIL
   * @param numbers a Python list of ints
   */
  public static void copyOutComputeWriteBack(GilToken gil, PyObject numbers) {
    int size = (int) numbers.len();
    long[] values = new long[size];
    for (int i = 0; i < size; i++) {
      try (PyObject item = numbers.get(i)) {
        values[i] = item.toLong();
      }
    }
    long[] updated =
        gil.allowThreads(
            () -> {
              long[] results = new long[values.length];
              for (int i = 0; i < values.length; i++) {
                results[i] = expensiveComputation(values[i]);
              }
              return results;
            });
    for (int i = 0; i < size; i++) {
      numbers.set(i, updated[i]);
    }
  }

  /**
   * Strategy 2, "re-acquire the GIL inside the closure": unbind the list, release the GIL, and take
   * it again just long enough to read and to write each element.
   *
   * @param gil the held GIL
   * @param numbers a Python list of ints
   */
  public static void unbindAndReacquirePerElement(GilToken gil, PyObject numbers) {
    int size = (int) numbers.len();
    Unbound<PyObject> numbersRef = gil.unbind(numbers);
    gil.allowThreads(
        () -> {
          for (int i = 0; i < size; i++) {
            int index = i;
            long n =
                Gil.withGil(
                    inner -> {
                      try (PyObject item = numbersRef.bind(inner).get(index)) {
                        return item.toLong();
                      }
                    });
            long result = expensiveComputation(n);
            Gil.runWithGil(inner -> numbersRef.bind(inner).set(index, result));
          }
        });
  }

  /**
   * For comparison: every element computed with the GIL held all along.
   *
   * @param gil the held GIL
   * @param numbers a Python list of ints
   */
  public static void holdingTheGilThroughout(GilToken gil, PyObject numbers) {
    int size = (int) numbers.len();
    for (int i = 0; i < size; i++) {
      long n;
      try (PyObject item = numbers.get(i)) {
        n = item.toLong();
      }
      numbers.set(i, expensiveComputation(n));
    }
  }

  /** A strategy of this class. */
  @FunctionalInterface
  public interface Strategy {
    /**
     * Updates {@code numbers} in place.
     *
     * @param gil the held GIL
     * @param numbers a Python list of ints
     */
    void update(GilToken gil, PyObject numbers);
  }

  /**
   * Builds a Python list of {@code input}, updates it with {@code strategy} and returns the updated
   * contents (through Python's own {@code repr}-free conversion).
   *
   * @param strategy how to update
   * @param input the numbers
   * @return the list's contents afterwards
   */
  public static List<Object> run(Strategy strategy, List<Long> input) {
    return Gil.withGil(
        gil -> {
          try (PyObject list = org.gil4j.python.Python.of(gil, input)) {
            strategy.update(gil, list);
            @SuppressWarnings("unchecked")
            List<Object> out = (List<Object>) list.toJava();
            return out;
          }
        });
  }
}
