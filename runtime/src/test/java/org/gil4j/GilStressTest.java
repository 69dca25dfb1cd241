package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A short randomized race: twelve threads mix every operation (nested scopes, releases,
 * checkpoints, timed acquires that time out, threads that die holding the lock) for two seconds
 * while a deliberately unsynchronized critical section checks mutual exclusion and depth.
 */
@SuppressWarnings("try") // scopes opened only for their effect on the lock
class GilStressTest extends GilTestSupport {
  private long counter; // guarded by the GIL, deliberately not volatile
  private Thread inside; // guarded by the GIL
  private final AtomicLong entries = new AtomicLong();
  private final AtomicLong violations = new AtomicLong();

  @Test
  @Timeout(60)
  void randomMix_keepsMutualExclusionAndDepth() throws Exception {
    Gil.setSwitchInterval(Duration.ofMillis(1));
    long end = System.nanoTime() + 2_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      final boolean mayKill = i == 0;
      threads.add(start("stress-" + i, () -> mix(end, mayKill)));
    }
    for (Thread t : threads) {
      t.join();
    }
    // The last thread that died holding the lock may still own it: taking it over must work.
    try (GilToken gil = Gil.acquire(Duration.ofSeconds(5))) {
      assertEquals(0, violations.get(), "violations");
      assertEquals(entries.get(), counter);
    }
  }

  /**
   * Mutual exclusion at volume: eight threads, 100,000 operations each, drawn from every kind
   * (withGil, runWithGil, acquire and timed acquire, nesting, allowThreads, release scopes,
   * releaseIfHeld, checkpoints), all entering the same unsynchronized critical section.
   */
  @Test
  @Timeout(240)
  void eightThreadsTimesHundredThousandMixedOperations_keepMutualExclusion() throws Exception {
    Gil.setSwitchInterval(Duration.ofMillis(1));
    final int perThread = 100_000;
    List<Thread> threads = new ArrayList<>();
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < 8; i++) {
      threads.add(
          start(
              "mixed-" + i,
              () -> {
                go.await();
                ThreadLocalRandom r = ThreadLocalRandom.current();
                for (int k = 0; k < perThread; k++) {
                  operation(r.nextInt(8));
                }
              }));
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(0, violations.get(), "violations");
    assertEquals(entries.get(), Gil.<Long, RuntimeException>withGil(g -> counter));
    assertEquals(true, entries.get() >= 8L * perThread, "entries " + entries.get());
  }

  /** One operation of the mix; each enters the critical section at least once. */
  private void operation(int op) throws Exception {
    switch (op) {
      case 0:
        Gil.runWithGil(g -> critical());
        break;
      case 1:
        Gil.withGil(
            g -> {
              critical();
              return Gil.withGil(h -> Gil.holdCount());
            });
        break;
      case 2:
        try (GilToken t = Gil.acquire()) {
          critical();
          t.checkpoint();
          critical();
        }
        break;
      case 3:
        try (GilToken t = Gil.acquire(Duration.ofSeconds(30))) {
          critical();
        }
        break;
      case 4:
        Gil.runWithGil(
            g -> {
              critical();
              g.allowThreads(() -> check(!Gil.isHeld()));
              critical();
            });
        break;
      case 5:
        try (GilToken t = Gil.acquire();
            GilToken u = Gil.acquire()) {
          critical();
          try (GilRelease rel = u.release()) {
            check(Gil.holdCount() == 0);
          }
          check(Gil.holdCount() == 2);
          critical();
        }
        break;
      case 6:
        Gil.runWithGil(
            g -> {
              try (GilRelease rel = Gil.releaseIfHeld()) {
                Gil.runWithGil(h -> critical());
              }
              critical();
            });
        break;
      default:
        Gil.runWithGil(
            g -> {
              for (int k = 0; k < 3; k++) {
                critical();
                g.checkpoint();
              }
            });
    }
  }

  private void mix(long end, boolean mayKill) throws Exception {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    while (System.nanoTime() < end) {
      int op = r.nextInt(10);
      if (op == 0) {
        try (GilToken g = Gil.acquire(Duration.ofNanos(r.nextInt(200_000)))) {
          critical();
          g.checkpoint();
          critical();
        } catch (GilTimeoutException e) {
          check(!Gil.isHeld());
        }
      } else if (op == 1 && mayKill && r.nextInt(200) == 0) {
        Thread doomed =
            new Thread(
                () -> {
                  Gil.acquire(); // never closed: the thread dies holding the lock
                  critical();
                },
                "stress-doomed");
        doomed.start();
        doomed.join();
      } else {
        Gil.runWithGil(
            g -> {
              critical();
              if (r.nextBoolean()) {
                g.allowThreads(
                    () -> {
                      check(!Gil.isHeld());
                      if (r.nextInt(4) == 0) {
                        Gil.runWithGil(inner -> critical());
                      }
                    });
              }
              Gil.runWithGil(
                  nested -> {
                    critical();
                    if (r.nextInt(3) == 0) {
                      try (GilRelease released = nested.release()) {
                        check(Gil.holdCount() == 0);
                      }
                      check(Gil.holdCount() == 2);
                    }
                    nested.checkpoint();
                  });
              for (int k = r.nextInt(20); k > 0; k--) {
                critical();
                g.checkpoint();
              }
              check(Gil.holdCount() == 1);
            });
        check(!Gil.isHeld());
      }
    }
  }

  private void critical() {
    Thread me = Thread.currentThread();
    check(inside == null && Gil.isHeld());
    inside = me;
    counter++;
    entries.incrementAndGet();
    Thread.onSpinWait();
    check(inside == me);
    inside = null;
  }

  private void check(boolean ok) {
    if (!ok) {
      violations.incrementAndGet();
    }
  }
}
