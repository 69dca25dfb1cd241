package org.gil4j.benchmarks.vthreads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gil4j.Gil;

/**
 * Whether 10,000 threads through {@code withGil}/{@code allowThreads} finish in steady time: three
 * warm-up and ten measured runs on virtual threads, then the same on platform threads, in one JVM;
 * each run starts 10,000 threads that each do 10 round trips (take the lock, count, release it
 * around a yield, count again). Prints every run, the median, and the worst run as a multiple of
 * the median (target: at most 3). Not a JMH benchmark: the quantity is the spread of whole runs,
 * which JMH's per-operation scores do not show. Needs JDK 21+ (virtual threads, by reflection).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.gil4j.benchmarks.vthreads.VirtualThreadRuns</pre>
 */
public final class VirtualThreadRuns {
  private static final int THREADS = 10_000;
  private static final int ROUNDS = 10;
  private static final int RUNS = 10;
  private static final int WARM_UP = 3;

  private static long inside; // guarded by the lock
  private static long after; // guarded by the lock

  private VirtualThreadRuns() {}

  public static void main(String[] args) throws Exception {
    System.out.println(
        "JDK " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
    double[] virtual = series("virtual", true);
    double[] platform = series("platform", false);
    System.out.printf(
        Locale.ROOT,
        "virtual/platform median ratio: %.3f%n",
        median(virtual) / median(platform));
  }

  private static double[] series(String kind, boolean virtual) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      run(virtual); // warm-up (JIT, carrier pool), not counted
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      ms[i] = run(virtual);
    }
    double median = median(ms);
    double worst = Arrays.stream(ms).max().orElse(0);
    System.out.printf(
        Locale.ROOT,
        "%-8s runs (ms): %s%n%-8s median %.1f ms, worst %.1f ms = %.2f x median (target <= 3): %s%n",
        kind,
        format(ms),
        kind,
        median,
        worst,
        worst / median,
        worst / median <= 3 ? "MET" : "MISSED");
    return ms;
  }

  /** One run: THREADS threads, ROUNDS round trips each; returns milliseconds, checks the count. */
  private static double run(boolean virtual) throws Exception {
    Gil.runWithGil(
        g -> {
          inside = 0;
          after = 0;
        });
    ExecutorService pool =
        virtual
            ? (ExecutorService)
                Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null)
            : null;
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    Runnable work =
        () -> {
          for (int r = 0; r < ROUNDS; r++) {
            Gil.runWithGil(
                g -> {
                  inside++;
                  g.allowThreads(Thread::yield);
                  after++;
                });
          }
        };
    for (int i = 0; i < THREADS; i++) {
      if (pool != null) {
        futures.add(pool.submit(work));
      } else {
        Thread t = new Thread(work);
        t.start();
        threads.add(t);
      }
    }
    for (Future<?> f : futures) {
      f.get();
    }
    for (Thread t : threads) {
      t.join();
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    if (pool != null) {
      pool.shutdown();
    }
    long expected = (long) THREADS * ROUNDS;
    long[] seen = Gil.withGil(g -> new long[] {inside, after});
    if (seen[0] != expected || seen[1] != expected) {
      throw new AssertionError("lost updates: " + Arrays.toString(seen) + " of " + expected);
    }
    return ms;
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return (s[s.length / 2] + s[(s.length - 1) / 2]) / 2;
  }

  private static String format(double[] xs) {
    StringBuilder b = new StringBuilder();
    for (double x : xs) {
      b.append(String.format(Locale.ROOT, "%.0f ", x));
    }
    return b.toString().trim();
  }
}
