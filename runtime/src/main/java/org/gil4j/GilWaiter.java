package org.gil4j;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import org.jspecify.annotations.Nullable;

/**
 * A thread in {@link GilSync}'s slow path; lives for one acquisition. Its state moves once from
 * WAITING to GRANTED (a holder chose it as heir), CANCELLED (its timeout expired) or DONE (it took
 * the lock itself); GRANTED and CANCELLED exclude each other by CAS, so a heir never walks away and
 * a quitter is never given the lock.
 */
final class GilWaiter {
  static final int WAITING = 0;
  static final int GRANTED = 1;
  static final int CANCELLED = 2;
  static final int DONE = 3;

  private static final VarHandle STATE;

  /** {@code Thread::isVirtual} on JDK 21+, else null (every thread is a platform thread). */
  private static final @Nullable MethodHandle IS_VIRTUAL;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(GilWaiter.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
    MethodHandle isVirtual;
    try {
      isVirtual =
          MethodHandles.publicLookup()
              .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
    } catch (ReflectiveOperationException e) {
      isVirtual = null; // JDK 17 to 20: no virtual threads
    }
    IS_VIRTUAL = isVirtual;
  }

  final Thread thread;
  final boolean priority;
  final boolean virtual; // a virtual thread: park at once, never spin (carriers are scarce)
  final long since; // System.nanoTime() when the wait began; older requests win ties
  /**
   * WAITING -> GRANTED | CANCELLED | DONE, once. The waiter writes DONE with a plain volatile write
   * (no call, so no error can come between taking the lock and becoming ungrantable).
   */
  volatile int state;
  volatile boolean parked; // true only around parkNanos; read by whoever unparks
  /**
   * Set by the waiter once it has waited a whole switch interval, before it posts (again): its
   * request is then honoured at a scope exit too, not only at a checkpoint or a release scope.
   */
  volatile boolean late;

  GilWaiter(Thread thread, boolean priority, long since) {
    this(thread, priority, since, isVirtual(thread));
  }

  GilWaiter(Thread thread, boolean priority, long since, boolean virtual) {
    this.thread = thread;
    this.priority = priority;
    this.since = since;
    this.virtual = virtual;
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

  /** Whether the waiter left (took the lock, gave up, or died): its queue entry is dead. */
  boolean finished() {
    int s = state;
    return s == DONE || s == CANCELLED || !thread.isAlive();
  }

  /** Whether {@code t} is a virtual thread (false on JDKs without them). */
  static boolean isVirtual(Thread t) {
    MethodHandle h = IS_VIRTUAL;
    if (h == null) {
      return false;
    }
    try {
      return (boolean) h.invokeExact(t);
    } catch (Throwable e) {
      return false; // only an error of the call itself; treat as a platform thread
    }
  }
}
