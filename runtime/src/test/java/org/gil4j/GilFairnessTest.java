package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The CPython-3 hand-off (drop requests honoured at checkpoints) and the priority of threads coming
 * back from lock-free code. Bounds are generous: they tell a working
 * hand-off from a missing one (an order of magnitude apart), not fast from slow.
 */
@SuppressWarnings("try") // scopes opened only for their effect on the lock
class GilFairnessTest extends GilTestSupport {

  @Test
  @Timeout(30)
  void twoCpuBoundThreadsThatOnlyCheckpoint_bothProgress() throws Exception {
    Gil.setStatsEnabled(true);
    CpuRun run = runCheckpointingThreads("cpu-", 2, 1_000);
    long[] slices = run.slices();
    long total = slices[0] + slices[1];
    assertTrue(slices[0] > total / 10 && slices[1] > total / 10, run.report());
    // The waiting inside checkpoint() is also visible through the stats: switches happen every
    // few intervals.
    GilStats s = Gil.stats();
    assertTrue(s.switches() >= 20, run.report() + " " + s);
    assertTrue(s.dropRequests() >= 10, run.report() + " " + s);
    // Neither waited more than a generous bound for the lock.
    assertTrue(s.totalWait().toMillis() < 2_000, s.toString());
  }

  @Test
  @Timeout(30)
  void twoCpuBoundThreads_noWaitExceedsGenerousBound() throws Exception {
    CpuRun run = runCheckpointingThreads("cpu-", 2, 1_000);
    long[] slices = run.slices();
    long[] longest = run.longestOtherSlices();
    assertTrue(slices[0] > 100 && slices[1] > 100, run.report());
    // A checkpoint that yields waits for roughly one switch interval (5 ms, 250 of the other's
    // 20 us slices) plus one slice. Counted in the other thread's slices, not in wall time, so
    // that a loaded machine descheduling both threads cannot fail it: 12,500 slices is fifty
    // intervals of the other thread computing while this one waits.
    assertTrue(longest[0] < 12_500 && longest[1] < 12_500, run.report());
  }

  @Test
  @Timeout(30)
  void threeCpuBoundThreads_noneStarves() throws Exception {
    CpuRun run = runCheckpointingThreads("cpu3-", 3, 1_500);
    long[] slices = run.slices();
    long total = slices[0] + slices[1] + slices[2];
    for (long n : slices) {
      assertTrue(n > total / 20, run.report());
    }
  }

  /** What {@link #runCheckpointingThreads} measured, one entry per thread. */
  private record CpuRun(long[] slices, long[] longestCheckpointNanos, long[] longestOtherSlices) {
    String report() {
      return Arrays.toString(slices)
          + " longest checkpoint(ns) "
          + Arrays.toString(longestCheckpointNanos)
          + ", slices the others did meanwhile "
          + Arrays.toString(longestOtherSlices);
    }
  }

  /**
   * Runs {@code n} threads that start together, take the lock once and then compute in 20 µs
   * slices with a {@code checkpoint()} between them, for {@code millis}: the CPython countdown.
   * Returns how many slices each did, the longest time one checkpoint kept each waiting, and how
   * many slices the other threads did during that longest wait, counted in slices.
   */
  private CpuRun runCheckpointingThreads(String prefix, int n, long millis)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLongArray slices = new AtomicLongArray(n);
    long[] longestWaitNanos = new long[n];
    long[] longestOther = new long[n];
    CountDownLatch ready = new CountDownLatch(n);
    Thread[] threads = new Thread[n];
    for (int i = 0; i < n; i++) {
      final int id = i;
      threads[i] =
          start(
              prefix + i,
              () -> {
                ready.countDown();
                ready.await();
                Gil.runWithGil(
                    gil -> {
                      while (!stop.get()) {
                        spin(20_000);
                        slices.incrementAndGet(id);
                        long othersBefore = othersSlices(slices, id);
                        long before = System.nanoTime();
                        gil.checkpoint();
                        longestWaitNanos[id] =
                            Math.max(longestWaitNanos[id], System.nanoTime() - before);
                        longestOther[id] =
                            Math.max(longestOther[id], othersSlices(slices, id) - othersBefore);
                      }
                    });
              });
    }
    Thread.sleep(millis);
    stop.set(true);
    for (Thread t : threads) {
      t.join(5_000);
    }
    long[] counts = new long[n];
    for (int i = 0; i < n; i++) {
      counts[i] = slices.get(i);
    }
    return new CpuRun(counts, longestWaitNanos, longestOther);
  }

  /** The slices every thread but {@code id} has done so far. */
  private static long othersSlices(AtomicLongArray slices, int id) {
    long sum = 0;
    for (int i = 0; i < slices.length(); i++) {
      if (i != id) {
        sum += slices.get(i);
      }
    }
    return sum;
  }

  @Test
  @Timeout(30)
  void checkpointInNestedScope_yieldsEveryLevelAndRestoresThem() throws Exception {
    AtomicBoolean otherRan = new AtomicBoolean();
    CountDownLatch holding = new CountDownLatch(1);
    start(
        "nested-requester",
        () -> {
          holding.await();
          Gil.runWithGil(gil -> otherRan.set(Gil.holdCount() == 1));
        });
    try (GilToken a = Gil.acquire();
        GilToken b = Gil.acquire();
        GilToken c = Gil.acquire()) {
      holding.countDown();
      while (!otherRan.get()) {
        spin(50_000);
        c.checkpoint();
        assertEquals(3, Gil.holdCount());
      }
    }
    assertTrue(otherRan.get());
  }

  @Test
  @Timeout(30)
  void checkpointWithPendingRequest_handsOverBeforeTakingBack() throws Exception {
    AtomicBoolean otherRan = new AtomicBoolean();
    CountDownLatch holding = new CountDownLatch(1);
    Thread waiter =
        start(
            "requester",
            () -> {
              holding.await();
              Gil.runWithGil(gil -> otherRan.set(true));
            });
    Gil.runWithGil(
        gil -> {
          holding.countDown();
          long deadline = System.nanoTime() + 10_000_000_000L;
          while (System.nanoTime() < deadline) {
            spin(50_000);
            boolean requested = GilSync.INSTANCE.dropRequested();
            gil.checkpoint();
            if (requested) {
              // Direct hand-off: the requester ran before this thread got the lock back.
              assertTrue(otherRan.get(), "checkpoint took the lock back before the requester ran");
              break;
            }
          }
          assertEquals(1, Gil.holdCount());
        });
    waiter.join(5_000);
    assertTrue(otherRan.get());
  }

  @Test
  @Timeout(30)
  void returningFromAllowThreads_getsTheLockWithinCheckpointsNotIntervals() throws Exception {
    // A switch interval of 1 s: without the priority of returning threads every re-acquire below
    // would wait about a second; with it, one checkpoint period (~50 us) plus wake-up.
    Gil.setSwitchInterval(Duration.ofSeconds(1));
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong cpuSlices = new AtomicLong();
    CountDownLatch cpuHolding = new CountDownLatch(1);
    Thread cpu =
        start(
            "cpu-bound",
            () ->
                Gil.runWithGil(
                    gil -> {
                      cpuHolding.countDown();
                      while (!stop.get()) {
                        spin(50_000);
                        cpuSlices.incrementAndGet();
                        gil.checkpoint();
                      }
                    }));
    cpuHolding.await();
    int ops = 40;
    long[] latency = new long[ops];
    try (GilToken gil = Gil.acquire()) {
      for (int i = 0; i < ops; i++) {
        long[] bodyEnd = new long[1];
        gil.allowThreads(
            () -> {
              Thread.sleep(1);
              bodyEnd[0] = System.nanoTime();
            });
        latency[i] = System.nanoTime() - bodyEnd[0];
      }
    }
    // Fresh acquisitions (depth 0) after blocking have the same priority.
    long[] fresh = new long[ops];
    for (int i = 0; i < ops; i++) {
      Thread.sleep(1);
      long t0 = System.nanoTime();
      Gil.runWithGil(g -> {});
      fresh[i] = System.nanoTime() - t0;
    }
    stop.set(true);
    cpu.join(5_000);
    Arrays.sort(latency);
    Arrays.sort(fresh);
    String report =
        "re-acquire p50 "
            + latency[ops / 2]
            + " ns, max "
            + latency[ops - 1]
            + " ns; fresh p50 "
            + fresh[ops / 2]
            + " ns; cpu slices "
            + cpuSlices.get();
    assertTrue(latency[ops / 2] < 20_000_000L, report);
    assertTrue(latency[ops - 1] < 500_000_000L, report);
    assertTrue(fresh[ops / 2] < 20_000_000L, report);
    assertTrue(cpuSlices.get() > 100, report);
  }

  @Test
  @Timeout(30)
  void yieldGrace_returningThreadKeepsTheLockThroughShortReleases() throws Exception {
    Gil.setSwitchInterval(Duration.ofSeconds(1));
    Gil.setYieldGrace(Duration.ofMillis(300));
    long[] slicesDuringRelease = cpuSlicesDuringOneRelease(20);
    assertEquals(0, slicesDuringRelease[0], "the yielded thread took the lock during the grace");
  }

  @Test
  @Timeout(30)
  void yieldGrace_offByDefault_yieldedThreadUsesTheRelease() throws Exception {
    Gil.setSwitchInterval(Duration.ofSeconds(1));
    assertEquals(Duration.ZERO, Gil.yieldGrace());
    long[] slicesDuringRelease = cpuSlicesDuringOneRelease(200);
    assertTrue(slicesDuringRelease[0] > 0, "the yielded thread left a free lock unused");
  }

  /**
   * Starts a CPU-bound thread that checkpoints every 50 us, takes the lock from it (a fresh acquire
   * has priority, so it is handed over at a checkpoint), then releases it for {@code millis} and
   * returns how many slices the CPU thread ran meanwhile.
   */
  private long[] cpuSlicesDuringOneRelease(long millis) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong slices = new AtomicLong();
    CountDownLatch cpuHolding = new CountDownLatch(1);
    Thread cpu =
        start(
            "graced-cpu",
            () ->
                Gil.runWithGil(
                    gil -> {
                      cpuHolding.countDown();
                      while (!stop.get()) {
                        spin(50_000);
                        slices.incrementAndGet();
                        gil.checkpoint();
                      }
                    }));
    cpuHolding.await();
    long[] during = new long[1];
    try (GilToken gil = Gil.acquire()) {
      long before = slices.get();
      gil.allowThreads(() -> Thread.sleep(millis));
      during[0] = slices.get() - before;
      stop.set(true);
    }
    cpu.join(5_000);
    Gil.setYieldGrace(Duration.ZERO);
    return during;
  }
}
