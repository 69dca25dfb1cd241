package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lock's contract (DESIGN.md, "Runtime rules"), run once per configuration by the thin
 * subclasses: re-entrancy, depth restore, exception transparency, token validity, mutual exclusion,
 * interrupts and timeouts.
 */
@SuppressWarnings("try") // scopes opened only for their effect on the lock
abstract class GilContractTest extends GilTestSupport {
  /** Whether this configuration counts statistics. */
  abstract boolean statsEnabled();

  /** Further settings of this configuration (the observability features); none by default. */
  void configureMore() {}

  @BeforeEach
  void configure() {
    Gil.setStatsEnabled(statsEnabled());
    configureMore();
  }

  @Test
  void withGil_holdsDuringBodyAndReleasesAfter() {
    assertFalse(Gil.isHeld());
    int inside = Gil.withGil(gil -> Gil.holdCount());
    assertEquals(1, inside);
    assertFalse(Gil.isHeld());
  }

  @Test
  void withGil_nestedIsReentrant() {
    int innerDepth =
        Gil.withGil(outer -> Gil.withGil(inner -> Gil.withGil(innermost -> Gil.holdCount())));
    assertEquals(3, innerDepth);
    assertEquals(0, Gil.holdCount());
  }

  @Test
  void acquire_tryWithResourcesCountsLevels() {
    try (GilToken a = Gil.acquire()) {
      try (GilToken b = Gil.acquire()) {
        assertEquals(2, Gil.holdCount());
      }
      assertEquals(1, Gil.holdCount());
    }
    assertEquals(0, Gil.holdCount());
  }

  @Test
  void release_givesUpEveryLevelAndRestoresDepth() {
    try (GilToken a = Gil.acquire();
        GilToken b = Gil.acquire();
        GilToken c = Gil.acquire()) {
      try (GilRelease r = c.release()) {
        assertFalse(Gil.isHeld());
        assertEquals(0, Gil.holdCount());
      }
      assertEquals(3, Gil.holdCount());
    }
  }

  @Test
  void allowThreads_restoresDepthWhenBodyThrows() {
    Gil.runWithGil(
        outer ->
            Gil.runWithGil(
                inner -> {
                  IllegalStateException boom = new IllegalStateException("boom");
                  IllegalStateException thrown =
                      assertThrows(
                          IllegalStateException.class,
                          () ->
                              inner.allowThreads(
                                  () -> {
                                    assertEquals(0, Gil.holdCount());
                                    throw boom;
                                  }));
                  assertSame(boom, thrown);
                  assertEquals(2, Gil.holdCount());
                }));
  }

  @Test
  @Timeout(10)
  void allowThreads_returnsValueAndLetsAnotherThreadIn() throws Exception {
    AtomicReference<Integer> seenByOther = new AtomicReference<>();
    String result =
        Gil.withGil(
            gil ->
                gil.allowThreads(
                    () -> {
                      Thread t = start("other", () -> seenByOther.set(Gil.withGil(g -> 7)));
                      t.join(5_000);
                      return "done";
                    }));
    assertEquals("done", result);
    assertEquals(7, seenByOther.get());
  }

  @Test
  @Timeout(10)
  void checkedException_passesThroughUnchangedAndReleases() throws Exception {
    IOException io = new IOException("disk");
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                Gil.withGil(
                    gil -> {
                      throw io;
                    }));
    assertSame(io, thrown);
    assertFalse(Gil.isHeld());
    assertOtherThreadCanAcquire();
  }

  @Test
  @Timeout(10)
  void runtimeException_passesThroughUnchangedAndReleases() throws Exception {
    RuntimeException boom = new IllegalArgumentException("x");
    RuntimeException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Gil.runWithGil(
                    gil ->
                        Gil.runWithGil(
                            inner -> {
                              throw boom;
                            })));
    assertSame(boom, thrown);
    assertFalse(Gil.isHeld());
    assertOtherThreadCanAcquire();
  }

  @Test
  @Timeout(10)
  void error_passesThroughUnchangedAndReleases() throws Exception {
    AssertionError error = new AssertionError("fatal");
    AssertionError thrown =
        assertThrows(
            AssertionError.class,
            () -> {
              try (GilToken gil = Gil.acquire()) {
                gil.allowThreads(
                    () -> {
                      throw error;
                    });
              }
            });
    assertSame(error, thrown);
    assertFalse(Gil.isHeld());
    assertOtherThreadCanAcquire();
  }

  @Test
  @Timeout(10)
  void token_usedOnAnotherThreadFailsNamingItsOrigin() throws Exception {
    Thread.currentThread().setName("token-owner");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Gil.runWithGil(
        gil ->
            gil.allowThreads(
                () -> {
                  Thread t = start("intruder", () -> failure.set(catchThrowable(gil::checkpoint)));
                  t.join(5_000);
                }));
    Throwable t = failure.get();
    assertTrue(t instanceof IllegalStateException, String.valueOf(t));
    assertEquals(
        "GilToken used on thread 'intruder' but it belongs to thread 'token-owner'"
            + " (scope Gil.runWithGil, depth 1)",
        t.getMessage());
  }

  @Test
  void token_usedAfterItsScopeClosedFails() {
    Thread.currentThread().setName("main-test");
    GilToken escaped = Gil.withGil(gil -> gil);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> escaped.unbind("x"));
    assertEquals(
        "GilToken used after its scope closed (thread 'main-test', scope Gil.withGil, depth 1)",
        e.getMessage());
    // Even while the lock is held again: the old scope is over.
    try (GilToken fresh = Gil.acquire()) {
      assertThrows(IllegalStateException.class, escaped::checkpoint);
    }
  }

  @Test
  void token_usedInsideItsOwnReleaseScopeFails() {
    try (GilToken gil = Gil.acquire()) {
      try (GilRelease r = gil.release()) {
        IllegalStateException e = assertThrows(IllegalStateException.class, gil::checkpoint);
        assertTrue(e.getMessage().contains("released the lock"), e.getMessage());
        assertTrue(e.getMessage().contains("scope Gil.acquire, depth 1"), e.getMessage());
      }
    }
  }

  @Test
  void token_closedOutOfOrderFailsAndKeepsTheLock() {
    try (GilToken outer = Gil.acquire()) {
      GilToken inner = Gil.acquire();
      IllegalStateException e = assertThrows(IllegalStateException.class, outer::close);
      assertTrue(e.getMessage().contains("out of order"), e.getMessage());
      assertEquals(2, Gil.holdCount());
      inner.close();
    }
  }

  @Test
  void unbound_bindsBackOnlyUnderAValidToken() {
    Unbound<StringBuilder> ref = Gil.withGil(gil -> gil.unbind(new StringBuilder("v")));
    assertEquals("v", Gil.withGil(gil -> ref.bind(gil).toString()));
    GilToken stale = Gil.withGil(gil -> gil);
    assertThrows(IllegalStateException.class, () -> ref.bind(stale));
  }

  @Test
  void releaseIfHeld_isANoOpWithoutTheLockAndReleasesWithIt() {
    try (GilRelease r = Gil.releaseIfHeld()) {
      assertFalse(Gil.isHeld());
    }
    assertFalse(Gil.isHeld());
    try (GilToken a = Gil.acquire();
        GilToken b = Gil.acquire()) {
      try (GilRelease r = Gil.releaseIfHeld()) {
        assertEquals(0, Gil.holdCount());
      }
      assertEquals(2, Gil.holdCount());
    }
  }

  @Test
  @Timeout(60)
  void mutualExclusion_eightThreadsWithReleasesAndNesting() throws Exception {
    final int threads = 8;
    final int rounds = 2_000;
    long[] counter = {0};
    boolean[] inside = {false};
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> all = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      final int id = i;
      all.add(
          start(
              "mutex-" + i,
              () -> {
                try {
                  go.await();
                  for (int round = 0; round < rounds; round++) {
                    final int r = round;
                    Gil.runWithGil(
                        gil -> {
                          enterCritical(inside, counter);
                          if ((r + id) % 3 == 0) {
                            gil.allowThreads(() -> Thread.onSpinWait());
                          }
                          Gil.runWithGil(nested -> enterCritical(inside, counter));
                          if (r % 5 == 0) {
                            nested(gil);
                          }
                          gil.checkpoint();
                          enterCritical(inside, counter);
                        });
                  }
                } catch (Throwable t) {
                  failures.add(t);
                }
              }));
    }
    go.countDown();
    for (Thread t : all) {
      t.join();
    }
    assertEquals(List.of(), failures);
    assertEquals((long) threads * rounds * 3, counter[0]);
    if (statsEnabled()) {
      assertTrue(Gil.stats().holds() >= (long) threads * rounds, Gil.stats().toString());
    } else {
      assertEquals(0, Gil.stats().holds());
    }
  }

  /** Releases from inside a nested scope, which must give up both levels. */
  private static void nested(GilToken outer) {
    Gil.runWithGil(
        inner -> {
          try (GilRelease r = inner.release()) {
            if (Gil.isHeld()) {
              throw new AssertionError("held inside release");
            }
          }
          if (Gil.holdCount() != 2) {
            throw new AssertionError("depth " + Gil.holdCount());
          }
        });
  }

  /** A deliberately non-atomic critical section: overlapping entries are caught. */
  private static void enterCritical(boolean[] inside, long[] counter) {
    if (inside[0]) {
      throw new AssertionError("two threads inside the critical section");
    }
    inside[0] = true;
    long v = counter[0];
    Thread.onSpinWait();
    counter[0] = v + 1;
    inside[0] = false;
  }

  @Test
  @Timeout(10)
  void acquire_preservesInterruptStatusWhileWaiting() throws Exception {
    CountDownLatch letGo = holdOnAnotherThread("holder");
    AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
    AtomicReference<Integer> depthInside = new AtomicReference<>();
    Thread waiter =
        start(
            "waiter",
            () -> {
              Thread.currentThread().interrupt();
              try (GilToken gil = Gil.acquire()) {
                depthInside.set(Gil.holdCount());
                interruptedAfter.set(Thread.currentThread().isInterrupted());
              }
            });
    Thread.sleep(50);
    waiter.interrupt();
    letGo.countDown();
    waiter.join(5_000);
    assertEquals(1, depthInside.get());
    assertEquals(Boolean.TRUE, interruptedAfter.get());
  }

  @Test
  @Timeout(10)
  void timedAcquire_throwsNamingTheHolderAndHoldsNothing() throws Exception {
    CountDownLatch letGo = holdOnAnotherThread("slow-holder");
    try {
      long t0 = System.nanoTime();
      GilTimeoutException e =
          assertThrows(
              GilTimeoutException.class, () -> Gil.acquire(java.time.Duration.ofMillis(100)));
      long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertTrue(waitedMs >= 90, "gave up after " + waitedMs + " ms");
      assertTrue(e.getMessage().contains("held by thread 'slow-holder'"), e.getMessage());
      assertEquals("slow-holder", e.holderThreadName());
      assertFalse(Gil.isHeld());
    } finally {
      letGo.countDown();
    }
    try (GilToken gil = Gil.acquire(java.time.Duration.ofSeconds(5))) {
      assertEquals(1, Gil.holdCount());
    }
  }

  @Test
  @Timeout(10)
  void timedAcquire_preservesInterruptStatusWhenItGivesUp() throws Exception {
    CountDownLatch letGo = holdOnAnotherThread("holder-2");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
    Thread waiter =
        start(
            "timed-waiter",
            () -> {
              Thread.currentThread().interrupt();
              try (GilToken gil = Gil.acquire(java.time.Duration.ofMillis(50))) {
                thrown.set(null);
              } catch (GilTimeoutException e) {
                thrown.set(e);
              }
              interruptedAfter.set(Thread.interrupted());
            });
    waiter.join(5_000);
    letGo.countDown();
    assertTrue(thrown.get() instanceof GilTimeoutException, String.valueOf(thrown.get()));
    assertEquals(Boolean.TRUE, interruptedAfter.get());
  }

  @Test
  void timedAcquire_reentrantSucceedsWithZeroTimeout() {
    try (GilToken outer = Gil.acquire();
        GilToken inner = Gil.acquire(java.time.Duration.ZERO)) {
      assertEquals(2, Gil.holdCount());
    }
  }

  @Test
  @Timeout(10)
  void stats_countContentionOnlyWhenEnabled() throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    Thread holder =
        start(
            "stats-holder",
            () ->
                Gil.runWithGil(
                    gil -> {
                      holding.countDown();
                      awaitQueuedThread();
                      Thread.sleep(30);
                    }));
    holding.await();
    Gil.runWithGil(gil -> {});
    holder.join();
    GilStats s = Gil.stats();
    if (statsEnabled()) {
      assertEquals(2, s.holds(), s.toString());
      assertEquals(1, s.contendedAcquires(), s.toString());
      assertTrue(s.totalWait().toMillis() >= 5, s.toString());
      assertTrue(s.totalHold().toMillis() >= 25, s.toString());
      assertEquals(2, s.switches(), s.toString());
    } else {
      assertEquals(
          new GilStats(0, 0, java.time.Duration.ZERO, java.time.Duration.ZERO, 0, 0, 0), s);
    }
  }

  /** Asserts a fresh thread gets the lock promptly, i.e. nothing leaked. */
  private void assertOtherThreadCanAcquire() throws InterruptedException {
    AtomicReference<Integer> depth = new AtomicReference<>();
    Thread t = start("other", () -> depth.set(Gil.withGil(g -> Gil.holdCount())));
    t.join(5_000);
    assertEquals(1, depth.get());
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
