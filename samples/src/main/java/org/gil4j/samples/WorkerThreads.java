package org.gil4j.samples;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.gil4j.Gil;
import org.gil4j.GilDiagnostic;
import org.gil4j.GilTimeoutException;
import org.gil4j.GilToken;
import org.gil4j.Unbound;

/**
 * The {@code UserID} example of PyO3's parallelism guide: lock-bound objects are
 * unbound, the lock is released, and the workers of a parallel stream each re-acquire it to look
 * at one object. Also the mistake the reference warns about, holding the lock while waiting for
 * workers that need it, and how the runtime reports it and the program recovers.
 */
public final class WorkerThreads {
  private WorkerThreads() {}

  /**
   * What happened when the lock was kept while the workers ran.
   *
   * @param holderThreadName the thread that held the lock and waited for the workers
   * @param diagnostics what the runtime reported meanwhile (the long-wait diagnostic)
   * @param workerFailure what a worker's timed acquire threw
   * @param noticedAfterNanos how long the holder waited before it noticed the failure
   * @param recovered the flags computed afterwards, this time releasing the lock first
   */
  public record DeadlockDemo(
      String holderThreadName,
      List<GilDiagnostic> diagnostics,
      GilTimeoutException workerFailure,
      long noticedAfterNanos,
      List<Boolean> recovered) {}

  /**
   * Creates {@code count} user IDs 0, 1, ... under the lock, then releases it and lets the
   * workers of {@code workers} decide for each whether its ID is above 5, each worker
   * re-acquiring the lock for its own look.
   *
   * @return one flag per ID, in order
   */
  public static List<Boolean> allowedIds(ForkJoinPool workers, int count) {
    return Gil.withGil(
        outer -> {
          List<Unbound<UserId>> instances = userIds(outer, count);
          // Release the lock while the workers run: they need it, and we only wait for them.
          return outer.allowThreads(
              () ->
                  workers
                      .submit(
                          () ->
                              instances.parallelStream()
                                  .map(ref -> Gil.withGil(inner -> ref.bind(inner).id() > 5))
                                  .toList())
                      .join());
        });
  }

  /**
   * The version that does not release the lock before the workers start: the holder waits for
   * them and they wait for the lock. The runtime reports the long wait (naming the holder and
   * where it waits), the workers' timed acquires give up, the holder notices, and then does it
   * right, releasing the lock while the workers run again.
   *
   * <p>For its duration this replaces the process-wide diagnostic listener and long-wait
   * threshold, and restores the threshold (and removes the listener) afterwards.
   *
   * @param longWait the long-wait threshold to use, shorter than {@code workerTimeout}
   * @param workerTimeout how long each worker waits for the lock before giving up
   * @throws IllegalArgumentException if {@code workerTimeout} is not longer than {@code longWait}
   */
  public static DeadlockDemo withoutReleasingFirst(
      ForkJoinPool workers, int count, Duration longWait, Duration workerTimeout) {
    if (workerTimeout.compareTo(longWait) <= 0) {
      throw new IllegalArgumentException(
          "workerTimeout (" + workerTimeout + ") must exceed longWait (" + longWait + ")");
    }
    List<GilDiagnostic> seen = new CopyOnWriteArrayList<>();
    Duration previousThreshold = Gil.longWaitThreshold();
    Gil.setLongWaitThreshold(longWait);
    Gil.setDiagnosticListener(seen::add);
    try {
      return Gil.withGil(
          outer -> {
            List<Unbound<UserId>> instances = userIds(outer, count);
            long start = System.nanoTime();
            // The mistake: start workers that need the lock while holding it, and wait for them.
            GilTimeoutException failure =
                waitHoldingLock(outer, workers, instances, workerTimeout);
            long noticed = System.nanoTime() - start;
            // The holder noticed; now the right way: release the lock while the workers run.
            List<Boolean> recovered =
                outer.allowThreads(
                    () ->
                        workers
                            .submit(
                                () ->
                                    instances.parallelStream()
                                        .map(ref -> Gil.withGil(inner -> ref.bind(inner).id() > 5))
                                        .toList())
                            .join());
            return new DeadlockDemo(
                Thread.currentThread().getName(), List.copyOf(seen), failure, noticed, recovered);
          });
    } finally {
      Gil.setDiagnosticListener(null);
      Gil.setLongWaitThreshold(previousThreshold);
    }
  }

  /** {@code count} new user IDs 0, 1, ..., each unbound so workers may carry it. */
  private static List<Unbound<UserId>> userIds(GilToken gil, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return IntStream.range(0, count).mapToObj(x -> gil.unbind(new UserId(x))).toList();
  }

  /**
   * Runs the workers while the caller holds the lock and waits for them; each worker gives up
   * on the lock after {@code timeout}. Returns what a worker threw. The {@code holder} parameter
   * says so to the checker, which warns ({@code gil.held.blocking}) at {@code task.get()}: this is
   * the mistake the demo shows on purpose.
   *
   * @param holder the caller's token: this method runs holding the lock
   * @throws IllegalStateException if the workers finish anyway or fail in another way
   */
  private static GilTimeoutException waitHoldingLock(
      GilToken holder, ForkJoinPool workers, List<Unbound<UserId>> instances, Duration timeout) {
    ForkJoinTask<List<Boolean>> task =
        workers.submit(
            () ->
                instances.parallelStream()
                    .map(
                        ref -> {
                          try (GilToken inner = Gil.acquire(timeout)) {
                            return ref.bind(inner).id() > 5;
                          }
                        })
                    .toList());
    try {
      task.get();
    } catch (ExecutionException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof GilTimeoutException timeoutException) {
          return timeoutException;
        }
      }
      throw new IllegalStateException("the workers failed without a lock timeout", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the workers", e);
    }
    throw new IllegalStateException("the workers got the lock while its holder waited for them");
  }
}
