package org.gil4j.python.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gil4j.python.Python;

/**
 * Runs the examples of this package on the real interpreter and prints what they did: {@code java
 * --enable-native-access=ALL-UNNAMED -cp <class path> org.gil4j.python.examples.Demos} (the
 * module's README has the Maven command).
 */
public final class Demos {
  private Demos() {}

  /** The machine's load, since the convoy's figures depend on it. */
  private static String load() {
    try {
      String[] f =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return Runtime.getRuntime().availableProcessors() + " cores, load average " + f[0];
    } catch (java.io.IOException | RuntimeException e) {
      return Runtime.getRuntime().availableProcessors() + " cores";
    }
  }

  /**
   * Runs every example.
   *
   * @param args ignored
   */
  public static void main(String[] args) throws InterruptedException {
    Python.initialize();
    System.out.println("gil4j-python on CPython " + Python.version() + ", " + load());

    List<Long> input = List.of(1000L, 2000L, 3000L, 4000L, 5000L, 6000L);
    List<Object> expected = new ArrayList<>();
    for (long n : input) {
      expected.add(UpdateInPlace.expensiveComputation(n));
    }
    for (var s :
        List.of(
            new Object[] {
              "hold the GIL throughout",
              (UpdateInPlace.Strategy) UpdateInPlace::holdingTheGilThroughout
            },
            new Object[] {
              "copy out, compute, write back",
              (UpdateInPlace.Strategy) UpdateInPlace::copyOutComputeWriteBack
            },
            new Object[] {
              "unbind, re-acquire per element",
              (UpdateInPlace.Strategy) UpdateInPlace::unbindAndReacquirePerElement
            })) {
      List<Object> out = UpdateInPlace.run((UpdateInPlace.Strategy) s[1], input);
      System.out.printf(
          "update in place (%s): %s %s%n",
          s[0], out, out.equals(expected) ? "(correct)" : "(WRONG)");
    }

    System.out.println(
        "worker threads re-acquiring the GIL: ids > 5 = " + WorkerThreads.countAllowed());

    long n = 200_000;
    int tasks = 16;
    Convoy.Result alone = Convoy.pythonAlone(500);
    List<Convoy.Result> results =
        List.of(
            alone,
            Convoy.javaBeside(false, 1, tasks, n),
            Convoy.javaBeside(true, 1, tasks, n),
            Convoy.javaBeside(false, 2, tasks / 2, n),
            Convoy.javaBeside(true, 2, tasks / 2, n));
    System.out.printf(
        "convoy: a Python thread counting beside Java threads computing %d Collatz searches"
            + " (n=%d)%n",
        tasks, n);
    for (Convoy.Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "  %-38s java %6.3f s   python %,12.0f turns/s (%5.1f%% of alone)%n",
          r.label(),
          r.javaSeconds(),
          r.pythonTurnsPerSecond(),
          100 * r.pythonTurnsPerSecond() / alone.pythonTurnsPerSecond());
    }
    System.out.printf(
        Locale.ROOT,
        "  Java-side speed-up with 2 threads releasing vs 1: %.2fx; holding: %.2fx%n",
        results.get(2).javaSeconds() / results.get(4).javaSeconds(),
        results.get(1).javaSeconds() / results.get(3).javaSeconds());
  }
}
