package org.gil4j.python.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gil4j.Gil;
import org.gil4j.Unbound;
import org.gil4j.python.PyObject;
import org.gil4j.python.Python;

/**
 * A Python {@code threading.Thread} doing pure-Python work (counting in a loop) beside Java threads
 * that compute: measured with the Java threads releasing the GIL around their computation and with
 * them holding it. Reports the Python thread's progress (loop turns per second, against its rate
 * alone) and the Java side's wall time.
 */
public final class Convoy {
  private Convoy() {}

  /**
   * One measurement.
   *
   * @param label what ran
   * @param javaThreads how many Java threads computed
   * @param javaSeconds the Java side's wall time
   * @param pythonTurnsPerSecond the Python thread's loop turns per second meanwhile
   * @param checksum the sum of the Java results (the same for every run of one workload)
   */
  public record Result(
      String label,
      int javaThreads,
      double javaSeconds,
      double pythonTurnsPerSecond,
      long checksum) {}

  private static final String COUNTER =
      "import threading\n"
          + "turns = [0]\nrunning = [True]\n"
          + "def count():\n"
          + "    while running[0]:\n"
          + "        turns[0] += 1\n"
          + "counter = threading.Thread(target=count, daemon=True)\n"
          + "counter.start()\n";

  /** The Python thread's turns so far; reads through the C API, runs no bytecode. */
  private static long turns(PyObject ns) {
    try (PyObject t = ns.get("turns");
        PyObject n = t.get(0)) {
      return n.toLong();
    }
  }

  /**
   * The Python thread alone for {@code millis}, the Java main thread sleeping without the GIL.
   *
   * @param millis how long to measure
   * @return the result, with no Java threads
   */
  public static Result pythonAlone(long millis) throws InterruptedException {
    return measure("Python thread alone", 0, false, 0, 0, millis);
  }

  /**
   * {@code javaThreads} Java threads each run {@code tasks} computations of {@link
   * UpdateInPlace#expensiveComputation} on {@code n} (their input read from a Python list under the
   * GIL), either releasing the GIL around each computation or holding it.
   *
   * @param release whether the Java threads release the GIL while computing
   * @param javaThreads how many Java threads
   * @param tasks computations per thread
   * @param n the input of each computation
   * @return the measurement
   */
  public static Result javaBeside(boolean release, int javaThreads, int tasks, long n)
      throws InterruptedException {
    String label =
        (release ? "releasing" : "holding")
            + " the GIL, "
            + javaThreads
            + " Java thread"
            + (javaThreads == 1 ? "" : "s");
    return measure(label, javaThreads, release, tasks, n, 0);
  }

  private static Result measure(
      String label, int javaThreads, boolean release, int tasks, long n, long aloneMillis)
      throws InterruptedException {
    Unbound<PyObject> ns =
        Gil.withGil(
            gil -> {
              PyObject d = Python.newDict(gil);
              Python.exec(gil, COUNTER + "inputs = [" + n + "] * " + Math.max(1, tasks) + "\n", d);
              return gil.unbind(d);
            });
    Thread.sleep(20); // the Python thread is counting
    long t0 = System.nanoTime();
    long before = Gil.withGil(gil -> turns(ns.bind(gil)));
    AtomicLong checksum = new AtomicLong();
    if (javaThreads == 0) {
      Thread.sleep(aloneMillis);
    } else {
      List<Thread> workers = new ArrayList<>();
      for (int w = 0; w < javaThreads; w++) {
        Thread t =
            new Thread(
                () -> {
                  for (int i = 0; i < tasks; i++) {
                    int index = i;
                    long r =
                        Gil.withGil(
                            gil -> {
                              long input;
                              try (PyObject inputs = ns.bind(gil).get("inputs");
                                  PyObject item = inputs.get(index)) {
                                input = item.toLong();
                              }
                              return release
                                  ? gil.allowThreads(
                                      () -> UpdateInPlace.expensiveComputation(input))
                                  : UpdateInPlace.expensiveComputation(input);
                            });
                    checksum.addAndGet(r);
                  }
                },
                "java-" + w);
        workers.add(t);
        t.start();
      }
      for (Thread t : workers) {
        t.join();
      }
    }
    long after = Gil.withGil(gil -> turns(ns.bind(gil)));
    double seconds = (System.nanoTime() - t0) / 1e9;
    Gil.runWithGil(
        gil -> {
          PyObject d = ns.bind(gil);
          Python.exec(gil, "running[0] = False\ncounter.join()\n", d);
          d.close();
        });
    return new Result(label, javaThreads, seconds, (after - before) / seconds, checksum.get());
  }
}
