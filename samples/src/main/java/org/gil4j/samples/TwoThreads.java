package org.gil4j.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs one task on two pool threads at the same moment and collects both results, the Java
 * shape of the reference's {@code executor.submit(..); executor.submit(..)} pair.
 */
public final class TwoThreads {
  private TwoThreads() {}

  /**
   * Submits {@code task} twice to {@code pool}, releases both copies together, and waits for
   * both.
   *
   * @param pool an executor with at least two threads (with fewer, the copies run one after the
   *     other and the latch below would wait forever, so it is refused)
   * @return the two results, in submission order
   * @throws ExecutionException if either copy threw; the first failure is the cause
   */
  public static <R> List<R> run(ExecutorService pool, Callable<R> task)
      throws InterruptedException, ExecutionException {
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<R>> futures = new ArrayList<>(2);
    for (int i = 0; i < 2; i++) {
      futures.add(
          pool.submit(
              () -> {
                ready.countDown();
                go.await();
                return task.call();
              }));
    }
    if (!ready.await(10, TimeUnit.SECONDS)) {
      go.countDown();
      futures.forEach(f -> f.cancel(true));
      throw new IllegalArgumentException("the pool did not start two threads at once");
    }
    go.countDown();
    List<R> results = new ArrayList<>(2);
    for (Future<R> future : futures) {
      results.add(future.get());
    }
    return results;
  }
}
