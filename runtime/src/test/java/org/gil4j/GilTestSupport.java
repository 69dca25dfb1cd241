package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * Base of every runtime test: the lock is process-wide, so each test starts and ends with it
 * released and with default settings, and records the diagnostics it caused.
 */
@Timeout(60) // a default for every test; concurrent ones set a tighter bound themselves
abstract class GilTestSupport {
  /** Diagnostics reported while the current test ran. */
  final List<GilDiagnostic> diagnostics = new CopyOnWriteArrayList<>();

  /** Threads started by the test; joined (briefly) after it so none holds the lock later. */
  private final List<Thread> started = new ArrayList<>();

  @BeforeEach
  void installDefaults() {
    assertFalse(Gil.isHeld(), "lock held when the test started");
    resetSettings();
    Gil.setDiagnosticListener(diagnostics::add);
  }

  @AfterEach
  void checkReleasedAndRestore() throws InterruptedException {
    for (Thread t : started) {
      t.join(5_000);
    }
    assertEquals(List.of(), backgroundFailures, "background threads failed");
    assertFalse(Gil.isHeld(), "test left the lock held");
    assertEquals(0, Gil.holdCount());
    resetSettings();
    Gil.setDiagnosticListener(null);
  }

  /** Puts every process-wide setting a test may change back to its default. */
  private static void resetSettings() {
    Gil.setSwitchInterval(Duration.ofMillis(5));
    Gil.setLongWaitThreshold(Duration.ofSeconds(1));
    Gil.setStatsEnabled(false);
    Gil.resetStats();
    Gil.setYieldGrace(Duration.ZERO);
    Gil.setSiteSampling(0);
    Gil.setHoldBudget(Duration.ZERO);
    Gil.disableChaos();
  }

  /** Failures of background threads; the test fails if any. */
  final List<Throwable> backgroundFailures = new CopyOnWriteArrayList<>();

  /** A test thread's body; may throw anything. */
  interface Body {
    void run() throws Exception;
  }

  /**
   * Starts a thread named {@code name} that takes the lock and keeps it, parked in {@link
   * CountDownLatch#await()}, until the returned latch is counted down; returns once that thread
   * holds the lock.
   */
  CountDownLatch holdOnAnotherThread(String name) throws InterruptedException {
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch letGo = new CountDownLatch(1);
    start(
        name,
        () ->
            Gil.runWithGil(
                gil -> {
                  holding.countDown();
                  letGo.await();
                }));
    holding.await();
    return letGo;
  }

  /**
   * Starts a daemon platform thread with the given name; it is joined after the test, and what it
   * throws fails the test.
   */
  Thread start(String name, Body body) {
    Runnable r =
        () -> {
          try {
            body.run();
          } catch (Throwable e) {
            backgroundFailures.add(e);
          }
        };
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    started.add(t);
    t.start();
    return t;
  }

  /** Waits until some thread queues for the lock, so a test's contention is certain. */
  static void awaitQueuedThread() throws InterruptedException {
    while (!GilSync.INSTANCE.hasQueuedThreads()) {
      Thread.sleep(1);
    }
  }

  /** Busy-works for about {@code nanos} without touching the lock. */
  static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() - end < 0) {
      Thread.onSpinWait();
    }
  }
}
