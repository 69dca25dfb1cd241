package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Abandoned holds, long waits, and the diagnostics they produce. */
@SuppressWarnings("try") // scopes opened only for their effect on the lock
class GilDiagnosticsTest extends GilTestSupport {

  @Test
  @Timeout(20)
  void abandonedLock_nextAcquireTakesOverAndNamesTheDeadThread() throws Exception {
    Gil.setStatsEnabled(true);
    Thread doomed =
        start("doomed", () -> Gil.acquire()); // never closed: the thread ends holding it
    doomed.join();
    try (GilToken gil = Gil.acquire(Duration.ofSeconds(5))) {
      assertEquals(1, Gil.holdCount());
    }
    List<GilDiagnostic> abandoned = ofKind(GilDiagnostic.Kind.ABANDONED);
    assertEquals(1, abandoned.size(), diagnostics.toString());
    assertEquals("doomed", abandoned.get(0).holderThreadName());
    assertTrue(abandoned.get(0).message().contains("thread 'doomed' ended while holding the GIL"));
    assertEquals(1, Gil.stats().abandonedHolds());
  }

  @Test
  @Timeout(20)
  void abandonedLock_waiterAlreadyParkedTakesOver() throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch die = new CountDownLatch(1);
    start(
        "dies-later",
        () -> {
          Gil.acquire();
          holding.countDown();
          die.await();
        });
    holding.await();
    AtomicReference<Integer> got = new AtomicReference<>();
    Thread waiter = start("patient", () -> got.set(Gil.withGil(g -> Gil.holdCount())));
    awaitQueuedThread();
    Thread.sleep(20); // let it spin out and park
    die.countDown();
    waiter.join(5_000);
    assertEquals(1, got.get());
    assertEquals("dies-later", ofKind(GilDiagnostic.Kind.ABANDONED).get(0).holderThreadName());
  }

  @Test
  @Timeout(20)
  void longWait_reportedOnceNamingTheHolderAndItsStack() throws Exception {
    Gil.setLongWaitThreshold(Duration.ofMillis(100));
    // The holder waits for something that never comes, like joining workers that need the lock.
    CountDownLatch letGo = holdOnAnotherThread("stuck-holder");
    Thread w1 = start("waiter-1", () -> Gil.runWithGil(g -> {}));
    Thread w2 = start("waiter-2", () -> Gil.runWithGil(g -> {}));
    Thread.sleep(700);
    letGo.countDown();
    w1.join(5_000);
    w2.join(5_000);
    List<GilDiagnostic> longWaits = ofKind(GilDiagnostic.Kind.LONG_WAIT);
    assertEquals(1, longWaits.size(), diagnostics.toString());
    GilDiagnostic d = longWaits.get(0);
    assertEquals("stuck-holder", d.holderThreadName());
    assertTrue(d.message().contains("held by thread 'stuck-holder'"), d.message());
    assertFalse(d.holderStack().isEmpty());
    String frames = d.holderStack().stream().map(String::valueOf).collect(Collectors.joining("\n"));
    assertTrue(frames.contains("CountDownLatch.await"), frames);
  }

  @Test
  @Timeout(20)
  void waitersBehindALongHolder_parkInsteadOfBurningCpu() throws Exception {
    CountDownLatch letGo = holdOnAnotherThread("long-holder");
    List<Thread> waiters = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      waiters.add(start("parked-waiter-" + i, () -> Gil.runWithGil(g -> {})));
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    Thread.sleep(200); // past the spin phase and the first drop request
    long[] before = new long[3];
    for (int i = 0; i < 3; i++) {
      before[i] = mx.getThreadCpuTime(waiters.get(i).getId());
    }
    Thread.sleep(500);
    long[] used = new long[3];
    for (int i = 0; i < 3; i++) {
      used[i] = mx.getThreadCpuTime(waiters.get(i).getId()) - before[i];
    }
    letGo.countDown();
    for (Thread t : waiters) {
      t.join(5_000);
    }
    for (long nanos : used) {
      // Parked waiters wake once per switch interval (5 ms): far below 10% of a core.
      assertTrue(nanos < 50_000_000L, "a waiter used " + nanos / 1_000_000 + " ms CPU in 500 ms");
    }
  }

  @Test
  @Timeout(20)
  void longWait_notReportedForShortWaits() throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    start(
        "brief-holder",
        () ->
            Gil.runWithGil(
                gil -> {
                  holding.countDown();
                  Thread.sleep(50);
                }));
    holding.await();
    Gil.runWithGil(g -> {});
    assertEquals(List.of(), diagnostics);
  }

  @Test
  @Timeout(20)
  void failingListener_isLoggedAndTheWaiterStillGetsTheLock() throws Exception {
    Gil.setDiagnosticListener(
        d -> {
          throw new IllegalStateException("listener broke");
        });
    Thread doomed = start("doomed-2", () -> Gil.acquire());
    doomed.join();
    try (GilToken gil = Gil.acquire(Duration.ofSeconds(5))) {
      assertTrue(Gil.isHeld());
    }
  }

  @Test
  void settings_rejectNonPositiveDurations() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Gil.setSwitchInterval(Duration.ZERO));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Gil.setLongWaitThreshold(Duration.ofMillis(-1)));
    Gil.setSwitchInterval(Duration.ofMillis(2));
    assertEquals(Duration.ofMillis(2), Gil.switchInterval());
  }

  private List<GilDiagnostic> ofKind(GilDiagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.kind() == kind).collect(Collectors.toList());
  }
}
