package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CPythonStyleLockTest {
  private static final Duration INTERVAL = Duration.ofMillis(20);

  @Test
  void waiterWaitsOneInterval_thenTheHolderHandsOverAtItsCheckpoint() throws Exception {
    CPythonStyleLock lock = new CPythonStyleLock(INTERVAL);
    CountDownLatch holding = new CountDownLatch(1);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong checkpoints = new AtomicLong();
    AtomicBoolean heldAtEnd = new AtomicBoolean();
    Thread holder =
        new Thread(
            () -> {
              lock.acquire();
              holding.countDown();
              while (!stop.get()) {
                checkpoints.incrementAndGet();
                lock.checkpoint();
              }
              heldAtEnd.set(lock.isHeldByCurrentThread());
              lock.release();
            });
    holder.start();
    assertTrue(holding.await(5, TimeUnit.SECONDS));
    long start = System.nanoTime();
    lock.acquire(); // the holder spins on checkpoint(): only a drop request gets us in
    long waited = System.nanoTime() - start;
    assertTrue(lock.isHeldByCurrentThread());
    assertTrue(waited >= INTERVAL.toNanos(), "waited only " + waited + " ns");
    lock.release();
    stop.set(true);
    holder.join(5_000);
    assertFalse(holder.isAlive(), "the holder did not get the lock back");
    assertTrue(heldAtEnd.get(), "the holder lost the lock");
    assertTrue(checkpoints.get() > 0);
  }

  @Test
  void checkpointWithoutWaiter_keepsTheLock() {
    CPythonStyleLock lock = new CPythonStyleLock(INTERVAL);
    lock.acquire();
    lock.checkpoint();
    assertTrue(lock.isHeldByCurrentThread());
    lock.release();
    assertFalse(lock.isHeldByCurrentThread());
  }

  @Test
  void releaseWithoutHolding_isRefusedAndLeavesTheLockUsable() {
    CPythonStyleLock lock = new CPythonStyleLock(INTERVAL);
    assertThrows(IllegalStateException.class, lock::release);
    lock.acquire();
    assertTrue(lock.isHeldByCurrentThread());
    lock.release();
  }

  @Test
  void interruptedWaiter_stillGetsTheLock_andKeepsItsInterrupt() throws Exception {
    CPythonStyleLock lock = new CPythonStyleLock(INTERVAL);
    lock.acquire();
    AtomicBoolean gotIt = new AtomicBoolean();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread waiter =
        new Thread(
            () -> {
              lock.acquire();
              gotIt.set(lock.isHeldByCurrentThread());
              stillInterrupted.set(Thread.currentThread().isInterrupted());
              lock.release();
            });
    waiter.start();
    Thread.sleep(50);
    waiter.interrupt();
    Thread.sleep(50);
    assertTrue(waiter.isAlive(), "the waiter gave up on an interrupt");
    lock.release();
    waiter.join(5_000);
    assertTrue(gotIt.get());
    assertTrue(stillInterrupted.get());
  }

  @Test
  void intervalMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new CPythonStyleLock(Duration.ZERO));
    assertEquals(5, new CPythonStyleLock().intervalMillis());
  }
}
