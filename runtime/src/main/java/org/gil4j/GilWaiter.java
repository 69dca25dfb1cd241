package org.gil4j;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A thread in {@link GilSync}'s slow path; lives for one acquisition. Its state moves once from
 * WAITING to GRANTED (a holder chose it as heir), CANCELLED (its timeout expired) or DONE (it took
 * the lock itself); GRANTED and CANCELLED exclude each other by CAS, so a heir never walks away and
 * a quitter is never given the lock.
 */
final class GilWaiter {
  private static final int WAITING = 0;
  private static final int GRANTED = 1;
  private static final int CANCELLED = 2;
  private static final int DONE = 3;

  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(GilWaiter.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final Thread thread;
  final boolean priority;
  final long since; // System.nanoTime() when the wait began; older requests win ties
  private volatile int state; // WAITING -> GRANTED | CANCELLED | DONE, once
  volatile boolean parked; // true only around parkNanos; read by whoever unparks

  GilWaiter(Thread thread, boolean priority, long since) {
    this.thread = thread;
    this.priority = priority;
    this.since = since;
  }

  /** Whether this waiter's request should replace {@code other}'s: priority first, then age. */
  boolean outranks(GilWaiter other) {
    if (priority != other.priority) {
      return priority;
    }
    return since - other.since < 0;
  }

  /** Called by a holder: makes this waiter the heir, unless it already left. */
  boolean grant() {
    return STATE.compareAndSet(this, WAITING, GRANTED);
  }

  /** Called by the waiter itself on timeout: leaves, unless a holder already chose it. */
  boolean cancel() {
    return STATE.compareAndSet(this, WAITING, CANCELLED);
  }

  /** Whether a holder chose this waiter as heir. */
  boolean isGranted() {
    return state == GRANTED;
  }

  /** Called by the waiter once it owns the lock: no holder may grant it any more. */
  void done() {
    state = DONE;
  }
}
