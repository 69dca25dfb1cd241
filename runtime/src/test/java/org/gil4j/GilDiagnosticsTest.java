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

  /** Errors a listener may throw, a real StackOverflowError among them. */
  private static final List<String> LISTENER_ERRORS =
      List.of("Error", "AssertionError", "OutOfMemoryError", "StackOverflowError");

  private static void throwListenerError(String kind) {
    switch (kind) {
      case "Error":
        throw new Error("listener broke");
      case "AssertionError":
        throw new AssertionError("listener broke");
      case "OutOfMemoryError":
        throw new OutOfMemoryError("listener broke");
      default:
        recurseForever(0);
    }
  }

  private static int recurseForever(int n) {
    return recurseForever(n + 1) + 1;
  }

  @Test
  @Timeout(60)
  void listenerThrowingAnError_onAbandoned_theHeirKeepsAValidTokenAndNothingCascades()
      throws Exception {
    for (String kind : LISTENER_ERRORS) {
      java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
      Gil.setDiagnosticListener(
          d -> {
            calls.incrementAndGet();
            throwListenerError(kind);
          });
      Thread doomed = start("doomed-" + kind, () -> Gil.acquire());
      doomed.join();
      // The heir: takes the lock over, the listener throws inside its acquire.
      AtomicReference<Integer> heirDepth = new AtomicReference<>();
      Thread heir =
          start(
              "heir-" + kind,
              () ->
                  heirDepth.set(
                      Gil.withGil(
                          g -> {
                            g.unbind("token valid"); // throws if the heir has no valid token
                            return Gil.holdCount();
                          })));
      heir.join(10_000);
      assertEquals(1, heirDepth.get(), kind);
      assertEquals(1, calls.get(), kind + ": listener calls");
      // And the threads after it: no cascade.
      for (int i = 0; i < 3; i++) {
        Thread next = start("next-" + kind + i, () -> Gil.runWithGil(g -> g.checkpoint()));
        next.join(5_000);
        assertFalse(next.isAlive(), kind);
      }
      assertFalse(Gil.isHeld());
    }
  }

  @Test
  @Timeout(60)
  void listenerThrowingAnError_onLongWait_theWaiterStillGetsTheLock() throws Exception {
    Gil.setLongWaitThreshold(Duration.ofMillis(30));
    for (String kind : LISTENER_ERRORS) {
      java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
      Gil.setDiagnosticListener(
          d -> {
            calls.incrementAndGet();
            throwListenerError(kind);
          });
      CountDownLatch letGo = holdOnAnotherThread("slow-" + kind);
      AtomicReference<Integer> depth = new AtomicReference<>();
      Thread waiter = start("waiter-" + kind, () -> depth.set(Gil.withGil(g -> Gil.holdCount())));
      Thread.sleep(120);
      letGo.countDown();
      waiter.join(10_000);
      assertEquals(1, depth.get(), kind);
      assertEquals(1, calls.get(), kind + ": listener calls");
      assertFalse(Gil.isHeld());
    }
  }

  @Test
  @Timeout(60)
  void longWaitReports_areBoundedWhateverTheNumberOfWaiters() throws Exception {
    Gil.setLongWaitThreshold(Duration.ofMillis(100));
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    List<Thread> threads = new java.util.ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < 200; i++) {
      threads.add(
          start(
              "queued-" + i,
              () -> {
                while (!stop.get()) {
                  Gil.runWithGil(g -> Thread.sleep(1)); // short holders, a long queue
                }
              }));
    }
    Thread.sleep(2_000);
    stop.set(true);
    for (Thread t : threads) {
      t.join(20_000);
    }
    long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
    long reports = ofKind(GilDiagnostic.Kind.LONG_WAIT).size();
    assertTrue(reports >= 1, "200 threads behind 1 ms holders waited long: " + reports);
    // At most one report per threshold (100 ms) over the whole process, plus the first.
    assertTrue(reports <= elapsedMs / 100 + 1, reports + " reports in " + elapsedMs + " ms");
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
