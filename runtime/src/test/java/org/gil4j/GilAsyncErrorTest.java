package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Asynchronous errors and interrupts landing while a thread waits for the lock, in the queue or
 * taking the lock back after a release: the error comes out unchanged ({@code ThreadDeath}, not an
 * IllegalStateException), the waiter leaves no queue entry or drop request behind, a lock it was
 * handed is passed on, and the remaining waiters get the lock. {@code Thread.stop} works on JDK 17
 * to 19 (deprecated); where it throws UnsupportedOperationException those tests are skipped, and
 * the interrupt tests cover the same windows.
 */
@SuppressWarnings("try") // scopes opened only for their effect on the lock
class GilAsyncErrorTest extends GilTestSupport {
  private static final GilSync SYNC = GilSync.INSTANCE;

  @Test
  @Timeout(120)
  void threadStop_whileQueued_theErrorPassesUnchangedAndNothingLeaks() throws Exception {
    assumeStopWorks();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int round = 0; round < 25; round++) {
      CountDownLatch letGo = holdOnAnotherThread("holder-" + round);
      List<Thread> victims = new ArrayList<>();
      List<AtomicReference<Throwable>> outcomes = new ArrayList<>();
      int[] entered = {0}; // guarded by the lock
      for (int i = 0; i < 4; i++) {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        outcomes.add(outcome);
        victims.add(
            rawThread(
                "victim-" + round + "-" + i,
                outcome,
                () -> Gil.runWithGil(g -> entered[0]++)));
      }
      awaitQueued(4);
      Thread.sleep(random.nextInt(12)); // spinning, parked, or with a drop request posted
      stop(victims.get(0));
      stop(victims.get(1));
      victims.get(0).join(5_000);
      victims.get(1).join(5_000);
      letGo.countDown();
      for (Thread v : victims) {
        v.join(10_000);
        assertFalse(v.isAlive(), v.getName() + " wedged: " + List.of(v.getStackTrace()));
      }
      for (int i = 0; i < 4; i++) {
        Throwable t = outcomes.get(i).get();
        if (i < 2) {
          // Stopped while waiting, or after it got the lock and ran (then it ended normally).
          assertTrue(t == null || isThreadDeath(t), "round " + round + " victim " + i + ": " + t);
        } else {
          assertEquals(null, t, "round " + round + " survivor " + i);
        }
      }
      awaitEmptyQueue();
      assertFalse(SYNC.dropRequested(), "a drop request was left behind");
      assertTrue(Gil.withGil(g -> entered[0]) >= 2);
    }
    assertFalse(Gil.isHeld());
  }

  @Test
  @Timeout(120)
  void threadStop_whileTakingTheLockBackAfterAllowThreads_comesOutAsThreadDeath() throws Exception {
    assumeStopWorks();
    for (int round = 0; round < 20; round++) {
      CountDownLatch released = new CountDownLatch(1);
      CountDownLatch holderHas = new CountDownLatch(1);
      CountDownLatch letGo = new CountDownLatch(1);
      AtomicReference<Throwable> outcome = new AtomicReference<>();
      Thread victim =
          rawThread(
              "returning-" + round,
              outcome,
              () ->
                  Gil.runWithGil(
                      g ->
                          g.allowThreads(
                              () -> {
                                released.countDown();
                                holderHas.await(); // then return: taking the lock back waits
                              })));
      released.await();
      Thread holder =
          start(
              "interloper-" + round,
              () ->
                  Gil.runWithGil(
                      g -> {
                        holderHas.countDown();
                        letGo.await();
                      }));
      awaitQueued(1);
      Thread.sleep(ThreadLocalRandom.current().nextInt(8));
      stop(victim);
      Thread.sleep(5);
      letGo.countDown(); // the victim takes the lock back before its ThreadDeath goes on
      holder.join(5_000);
      victim.join(5_000);
      assertFalse(victim.isAlive());
      assertTrue(isThreadDeath(outcome.get()), "round " + round + ": " + outcome.get());
      awaitEmptyQueue();
      assertEquals(1, (int) Gil.<Integer, RuntimeException>withGil(g -> Gil.holdCount()));
    }
  }

  @Test
  @Timeout(60)
  void interruptsWhileQueued_everyWaiterStillGetsTheLockAndKeepsItsInterrupt() throws Exception {
    CountDownLatch letGo = holdOnAnotherThread("holder");
    List<Thread> waiters = new ArrayList<>();
    List<AtomicReference<Boolean>> interruptedAfter = new ArrayList<>();
    int[] entered = {0};
    for (int i = 0; i < 4; i++) {
      AtomicReference<Boolean> flag = new AtomicReference<>();
      interruptedAfter.add(flag);
      waiters.add(
          start(
              "interrupted-" + i,
              () -> {
                Gil.runWithGil(
                    g -> {
                      entered[0]++;
                      assertEquals(1, Gil.holdCount());
                    });
                flag.set(Thread.interrupted());
              }));
    }
    awaitQueued(4);
    AtomicBoolean stop = new AtomicBoolean();
    Thread interrupter =
        start(
            "interrupter",
            () -> {
              while (!stop.get()) {
                for (Thread w : waiters) {
                  w.interrupt();
                }
                Thread.sleep(0, 100_000);
              }
            });
    Thread.sleep(300);
    letGo.countDown();
    for (Thread w : waiters) {
      w.join(10_000);
      assertFalse(w.isAlive(), w.getName() + " wedged");
    }
    stop.set(true);
    interrupter.join(5_000);
    for (AtomicReference<Boolean> f : interruptedAfter) {
      assertEquals(Boolean.TRUE, f.get());
    }
    assertEquals(4, (int) Gil.<Integer, RuntimeException>withGil(g -> entered[0]));
    awaitEmptyQueue();
  }

  @Test
  @Timeout(60)
  void interruptsWhileTakingTheLockBack_allowThreadsRestoresTheDepth() throws Exception {
    CountDownLatch released = new CountDownLatch(1);
    CountDownLatch holderHas = new CountDownLatch(1);
    AtomicReference<Integer> depthAfter = new AtomicReference<>();
    AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
    Thread returning =
        start(
            "returning",
            () -> {
              try (GilToken a = Gil.acquire();
                  GilToken b = Gil.acquire()) {
                b.allowThreads(
                    () -> {
                      released.countDown();
                      holderHas.await();
                    });
                depthAfter.set(Gil.holdCount());
                b.checkpoint();
              }
              interruptedAfter.set(Thread.interrupted());
            });
    released.await();
    CountDownLatch letGo = holdOnAnotherThread("interloper");
    holderHas.countDown();
    awaitQueued(1);
    for (int i = 0; i < 200; i++) {
      returning.interrupt();
      Thread.sleep(0, 200_000);
    }
    letGo.countDown();
    returning.join(10_000);
    assertEquals(2, depthAfter.get());
    assertEquals(Boolean.TRUE, interruptedAfter.get());
    awaitEmptyQueue();
  }

  @Test
  @Timeout(60)
  void timedAcquiresGivingUpInTheQueue_leaveNoEntries() throws Exception {
    CountDownLatch letGo = holdOnAnotherThread("holder");
    List<Thread> quitters = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      quitters.add(
          start(
              "quitter-" + i,
              () -> {
                for (int k = 0; k < 20; k++) {
                  try (GilToken t = Gil.acquire(Duration.ofMillis(1 + k % 3))) {
                    throw new AssertionError("acquired a held lock");
                  } catch (GilTimeoutException expected) {
                    // gave up, as it should
                  }
                }
              }));
    }
    for (Thread q : quitters) {
      q.join(10_000);
    }
    assertEquals(0, SYNC.queueLength(), "dead queue entries");
    letGo.countDown();
  }

  // ----------------------------------------------------------------------------------- helpers

  /** A daemon thread whose outcome (what it threw, or null) is recorded, not failed on. */
  private Thread rawThread(String name, AtomicReference<Throwable> outcome, Body body) {
    Thread t =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (Throwable e) {
                outcome.set(e);
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void awaitQueued(int n) throws InterruptedException {
    long end = System.nanoTime() + 5_000_000_000L;
    while (liveWaiters() < n && System.nanoTime() < end) {
      Thread.sleep(1);
    }
  }

  private static int liveWaiters() {
    return SYNC.queueLength();
  }

  private static void awaitEmptyQueue() throws InterruptedException {
    long end = System.nanoTime() + 5_000_000_000L;
    while (SYNC.queueLength() != 0 && System.nanoTime() < end) {
      Thread.sleep(1);
    }
    assertEquals(0, SYNC.queueLength(), "queue entries leaked");
  }

  private static boolean isThreadDeath(Throwable t) {
    return t != null && t.getClass().getName().equals("java.lang.ThreadDeath");
  }

  /** {@code Thread.stop()}, by reflection: it is deprecated for removal and gone on JDK 20+. */
  private static void stop(Thread t) throws Exception {
    try {
      Thread.class.getMethod("stop").invoke(t);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception) {
        throw (Exception) e.getCause();
      }
      throw e;
    }
  }

  private static void assumeStopWorks() throws Exception {
    Thread sleeper = new Thread(() -> LockSupportPark.forever(), "stop-probe");
    sleeper.setDaemon(true);
    sleeper.start();
    boolean works;
    try {
      stop(sleeper);
      works = true;
    } catch (UnsupportedOperationException e) {
      works = false;
    }
    sleeper.join(2_000);
    assumeTrue(
        works,
        "Thread.stop() throws UnsupportedOperationException on JDK "
            + Runtime.version().feature()
            + ": asynchronous errors cannot be raised here; the interrupt tests cover the windows");
  }

  /** Parks until stopped. */
  private static final class LockSupportPark {
    static void forever() {
      while (true) {
        java.util.concurrent.locks.LockSupport.park();
      }
    }
  }
}
