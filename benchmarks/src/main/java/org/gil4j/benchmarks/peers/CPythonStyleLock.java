package org.gil4j.benchmarks.peers;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A peer for the benchmarks: a lock that hands over the way CPython 3's GIL does, with its 5 ms
 * switch interval. A waiter waits one interval; if the lock did not change hands meanwhile it posts
 * a drop request and keeps waiting. The holder honours the request at {@link #checkpoint()} (the
 * eval loop's check between bytecodes) and at {@link #release()} (a release around I/O): it lets
 * go and, as CPython's forced switching does, waits until another thread has taken the lock (at
 * most one interval here, so it can never wedge) before it goes on.
 *
 * <p>Not re-entrant and not interruptible (the interrupt status is kept), like {@code take_gil}.
 * Only the benchmarks use it, on threads they own.
 */
final class CPythonStyleLock {
  /** CPython's default {@code sys.getswitchinterval()}. */
  static final long DEFAULT_INTERVAL_NANOS = 5_000_000;

  private final long intervalNanos;
  private final ReentrantLock mutex = new ReentrantLock();
  private final Condition free = mutex.newCondition();
  private final Condition switched = mutex.newCondition();
  private Thread holder; // guarded by mutex
  private long switches; // guarded by mutex: how many times a thread took the lock
  private volatile boolean dropRequest; // set under mutex by a waiter, read by the holder freely

  /** A lock with CPython's 5 ms interval. */
  CPythonStyleLock() {
    this(DEFAULT_INTERVAL_NANOS);
  }

  /** A lock with the given switch interval, in nanoseconds. */
  CPythonStyleLock(long intervalNanos) {
    if (intervalNanos <= 0) {
      throw new IllegalArgumentException("interval must be positive: " + intervalNanos);
    }
    this.intervalNanos = intervalNanos;
  }

  /** Takes the lock, asking the holder to drop it after each whole interval without a switch. */
  void acquire() {
    boolean interrupted = false;
    mutex.lock();
    try {
      while (holder != null) {
        long seen = switches;
        long left = intervalNanos;
        while (holder != null && switches == seen && left > 0) {
          try {
            left = free.awaitNanos(left);
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (holder != null && switches == seen) {
          dropRequest = true;
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
   * Gives the lock up; when a drop request is pending, waits (at most one interval) until another
   * thread has taken it.
   *
   * @throws IllegalStateException if the current thread does not hold it
   */
  void release() {
    boolean interrupted = false;
    mutex.lock();
    try {
      if (holder != Thread.currentThread()) {
        throw new IllegalStateException("the CPython-style lock is not held by this thread");
      }
      holder = null;
      free.signal();
      if (dropRequest) {
        long seen = switches;
        long left = intervalNanos;
        while (switches == seen && left > 0) {
          try {
            left = switched.awaitNanos(left);
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      }
    } finally {
      mutex.unlock();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Between two slices of work: when a drop request is pending, hands over and queues again. */
  void checkpoint() {
    if (dropRequest) {
      release();
      acquire();
    }
  }
}
