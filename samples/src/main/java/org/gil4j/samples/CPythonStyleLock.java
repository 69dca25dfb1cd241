package org.gil4j.samples;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The convoy's baseline: a lock that hands over the way CPython 3's GIL does, written for this
 * sample so the convoy table compares gil4j with the lock Python programmers know, in the same run.
 *
 * <p>A thread that wants the lock waits one switch interval (5 ms in CPython); if no other thread
 * got the lock meanwhile it sets a drop request and keeps waiting. The holder looks at the drop
 * request only at its {@link #checkpoint()} (CPython's eval loop, between bytecodes); when set, it
 * releases the lock, waits until another thread has taken it (CPython's forced switching, at most
 * one interval here so it can never wedge), and then queues for it again like any waiter. A thread
 * that releases the lock around blocking I/O and comes back therefore waits up to one interval
 * behind a CPU-bound holder: the convoy effect.
 *
 * <p>Not re-entrant; {@link #release()} by a thread that does not hold it is an {@link
 * IllegalStateException}. Waiting ignores interrupts (the interrupt status is kept), as CPython's
 * {@code take_gil} does.
 */
final class CPythonStyleLock {
  /** CPython's default {@code sys.getswitchinterval()}. */
  static final Duration DEFAULT_INTERVAL = Duration.ofMillis(5);

  private final long intervalNanos;
  private final ReentrantLock mutex = new ReentrantLock();
  private final Condition released = mutex.newCondition();
  private final Condition switched = mutex.newCondition();
  private Thread holder; // guarded by mutex
  private long switches; // guarded by mutex: how many times the lock changed hands
  private volatile boolean dropRequest; // written under mutex, read by the holder without it

  /** A lock with CPython's 5 ms switch interval. */
  CPythonStyleLock() {
    this(DEFAULT_INTERVAL);
  }

  /** A lock with the given switch interval. */
  CPythonStyleLock(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    this.intervalNanos = interval.toNanos();
  }

  /** Takes the lock, waiting one interval before asking the holder to drop it. */
  void acquire() {
    boolean interrupted = false;
    mutex.lock();
    try {
      while (holder != null) {
        long seen = switches;
        long left = intervalNanos;
        while (holder != null && switches == seen && left > 0) {
          try {
            left = released.awaitNanos(left);
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (holder != null && switches == seen) {
          dropRequest = true; // the holder had a whole interval: ask it to let go
        }
      }
      holder = Thread.currentThread();
      switches++;
      dropRequest = false;
      switched.signalAll();
    } finally {
      mutex.unlock();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Gives the lock up.
   *
   * @throws IllegalStateException if the current thread does not hold it
   */
  void release() {
    mutex.lock();
    try {
      if (holder != Thread.currentThread()) {
        throw new IllegalStateException("the CPython-style lock is not held by this thread");
      }
      holder = null;
      released.signal();
    } finally {
      mutex.unlock();
    }
  }

  /**
   * The holder's check between two slices of work: when a waiter has asked for the lock, hands it
   * over, waits until the waiter has it (at most one interval), and takes it back.
   */
  void checkpoint() {
    if (!dropRequest) {
      return;
    }
    mutex.lock();
    try {
      if (holder != Thread.currentThread() || !dropRequest) {
        return;
      }
      holder = null;
      long seen = switches;
      released.signal();
      long left = intervalNanos;
      while (switches == seen && left > 0) {
        left = switched.awaitNanos(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      mutex.unlock();
    }
    acquire();
  }

  /** Whether the current thread holds the lock. */
  boolean isHeldByCurrentThread() {
    mutex.lock();
    try {
      return holder == Thread.currentThread();
    } finally {
      mutex.unlock();
    }
  }

  /** The switch interval, for labels. */
  long intervalMillis() {
    return TimeUnit.NANOSECONDS.toMillis(intervalNanos);
  }
}
