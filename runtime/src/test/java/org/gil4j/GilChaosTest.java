package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chaos mode exposes races that normal scheduling hides: two threads that each add one to a counter
 * many times, reading it in one place and writing it in another, lose no update when the lock runs
 * held sections undisturbed, and lose updates at once when chaos hands the lock on between the read
 * and the write.
 */
class GilChaosTest extends GilTestSupport {
  private static final int THREADS = 2;
  private static final int ROUNDS = 100;

  /** The shared state; guarded by the lock (that is the point: badly). */
  private int counter;

  /** How a round reads the counter and writes it back. */
  interface Round {
    void run();
  }

  /** Check-then-act across a checkpoint: correct only if the checkpoint never hands over. */
  private void acrossACheckpoint() {
    Gil.runWithGil(
        gil -> {
          int seen = counter;
          gil.checkpoint();
          counter = seen + 1;
        });
  }

  /** Check-then-act across two held sections: correct only if nobody gets in between. */
  private void acrossTwoSections() {
    int seen = Gil.withGil(gil -> counter);
    Gil.runWithGil(gil -> counter = seen + 1);
  }

  /**
   * Runs {@code round} {@link #ROUNDS} times on each of {@link #THREADS} threads, with 30 to 230 µs
   * of lock-free idling between rounds, drawn at random per thread so the threads do not wake in
   * step (the threads overlap, their held sections rarely do), and returns how many updates were
   * lost.
   */
  private int lostUpdates(Round round) throws InterruptedException {
    counter = 0;
    CountDownLatch go = new CountDownLatch(1);
    Thread[] threads = new Thread[THREADS];
    for (int t = 0; t < THREADS; t++) {
      SplittableRandom random = new SplittableRandom(t);
      threads[t] =
          start(
              "chaos-" + t,
              () -> {
                go.await();
                for (int i = 0; i < ROUNDS; i++) {
                  LockSupport.parkNanos(random.nextLong(30_000, 230_000));
                  round.run();
                }
              });
    }
    go.countDown();
    for (Thread t : threads) {
      t.join(30_000);
    }
    return THREADS * ROUNDS - Gil.withGil(gil -> counter);
  }

  @Test
  @Timeout(120)
  void checkThenActAcrossACheckpoint_passesNormally_failsUnderChaos() throws Exception {
    // Compiled code first: interpreted, the window between the read and the checkpoint is a
    // hundred times wider. One thread alone cannot lose an update.
    for (int i = 0; i < 20_000; i++) {
      acrossACheckpoint();
    }
    for (int run = 0; run < 3; run++) {
      assertEquals(
          0, lostUpdates(this::acrossACheckpoint), "lost updates without chaos, run " + run);
    }
    Gil.enableChaos(42);
    int lost = lostUpdates(this::acrossACheckpoint);
    // about one round in five loses its update under chaos (75 to 80 of 400 in trial runs)
    assertTrue(lost > 0, "chaos lost no update");
  }

  @Test
  @Timeout(120)
  void checkThenActAcrossTwoSections_failsUnderChaos() throws Exception {
    Gil.enableChaos(7);
    int lost = lostUpdates(this::acrossTwoSections);
    assertTrue(lost > 0, "chaos lost no update");
  }

  @Test
  @Timeout(30)
  void atAScopeExit_aWaitingThreadGetsTheLockBeforeTheReleaserGoesOn() throws Exception {
    Gil.enableChaos(1);
    List<String> order = new CopyOnWriteArrayList<>();
    CountDownLatch holding = new CountDownLatch(1);
    Thread releaser =
        start(
            "chaos-releaser",
            () -> {
              Gil.runWithGil(
                  gil -> {
                    holding.countDown();
                    awaitQueuedThread();
                  });
              Gil.runWithGil(gil -> order.add("releaser again"));
            });
    holding.await();
    Thread waiter = start("chaos-waiter", () -> Gil.runWithGil(gil -> order.add("waiter")));
    releaser.join(10_000);
    waiter.join(10_000);
    assertEquals(List.of("waiter", "releaser again"), order);
  }

  @Test
  void aCheckpointInChaosMode_givesTheLockUpAndTakesItBackAtTheSameDepth() {
    Gil.enableChaos(3);
    GilChaos chaos = GilChaos.active;
    long before = chaos.pauses();
    int depth =
        Gil.withGil(
            outer ->
                Gil.withGil(
                    inner -> {
                      inner.checkpoint();
                      return Gil.holdCount();
                    }));
    assertEquals(2, depth);
    assertEquals(2, chaos.pauses() - before); // the checkpoint and the scope exit
  }

  @Test
  void chaosSeed_isReportedAndChaosIsOffByDefault() {
    assertEquals(OptionalLong.empty(), Gil.chaosSeed());
    Gil.enableChaos(99);
    assertEquals(OptionalLong.of(99), Gil.chaosSeed());
    long first = new GilChaos(99).next();
    assertEquals(first, new GilChaos(99).next()); // the seed fixes the sequence
    Gil.disableChaos();
    assertEquals(OptionalLong.empty(), Gil.chaosSeed());
  }
}
