package org.gil4j;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The state machine behind {@link Gil}: an owner word taken by CAS, a hold depth only the owner
 * touches, one drop-request slot and a queue of waiters for wake-ups. See the package overview for
 * the algorithm and its invariants; the public classes only validate tokens and delegate here.
 */
final class GilSync {
  /*
   * Overview (maintainer notes).
   *
   * owner == null          : free; any thread may CAS null -> itself (barging is allowed).
   * owner == T             : T holds the lock `depth` times; only T writes depth, lastOwner,
   *                          holdStart and holdEvent (the owner word orders them for the next
   *                          owner).
   * dropRequest == W       : waiter W asked the holder to yield. The holder claims the request
   *                          (CAS slot W -> null, then W.state WAITING -> GRANTED) and then writes
   *                          owner = W.thread directly: a hand-off, never a free lock, so the
   *                          yielding thread cannot barge back in before W ran.
   * W.state                : WAITING -> GRANTED (holder) | CANCELLED (W's timeout) | DONE (W took
   *                          the lock itself). GRANTED and CANCELLED exclude each other by CAS.
   * Every waiter parks with a timeout (at most one switch interval, and at most 50 ms), so a
   * missed unpark, a dead owner or an overdue drop request is noticed within that time.
   */

  /** The one process-wide instance. */
  static final GilSync INSTANCE = new GilSync();

  /** How long a returning (priority) waiter spins before it posts its drop request. */
  static final long PRIORITY_DELAY_NANOS = 2_000;

  /** Spin budget of a priority waiter (it expects a hand-off within one checkpoint period). */
  static final long PRIORITY_SPIN_NANOS = 100_000;

  /** Spin budget of a waiter that yielded at a checkpoint (a quick release is likely). */
  static final long YIELD_SPIN_NANOS = 30_000;

  /** Longest park between two checks of the owner's liveness, whatever the switch interval. */
  static final long LIVENESS_NANOS = 50_000_000L;

  /** How many waiters may spin at once: one core stays for the holder. */
  static final int MAX_SPINNERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

  private static final VarHandle OWNER;
  private static final VarHandle DROP;
  private static final VarHandle SWITCHES;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      OWNER = l.findVarHandle(GilSync.class, "owner", Thread.class);
      DROP = l.findVarHandle(GilSync.class, "dropRequest", GilWaiter.class);
      SWITCHES = l.findVarHandle(GilSync.class, "switches", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile @Nullable Thread owner; // holder or null; see the overview
  private volatile @Nullable GilWaiter dropRequest; // the waiter that asked the holder to yield
  private volatile long switches; // times the owner changed to another thread; owner writes
  private volatile @Nullable GilBackend backend; // written only while the installer owns the lock

  private int depth; // owner-only
  private @Nullable Thread lastOwner; // owner-only
  private long holdStart; // owner-only; System.nanoTime() of the hold when stats are on, else 0
  private @Nullable GilHoldEvent holdEvent; // owner-only; non-null while JFR records holds

  private final ConcurrentLinkedQueue<GilWaiter> waiters = new ConcurrentLinkedQueue<>();
  private final AtomicInteger spinners = new AtomicInteger();
  private final AtomicLong longWaitReportedAt = new AtomicLong(-1);

  volatile long switchIntervalNanos = 5_000_000L; // > 0
  volatile long longWaitNanos = 1_000_000_000L; // > 0
  volatile long yieldGraceNanos; // >= 0; 0 = a yielder takes a free lock at once

  /** Whether {@code me} holds the lock. */
  boolean isHeldBy(Thread me) {
    return owner == me;
  }

  /** The hold depth of {@code me}; 0 when it does not hold the lock. */
  int depthOf(Thread me) {
    return owner == me ? depth : 0;
  }

  /** The current holder, or null; for messages only. */
  @Nullable Thread owner() {
    return owner;
  }

  /** Takes one level of the lock for {@code me} and returns the new depth; never times out. */
  int enter(Thread me) {
    Thread o = owner;
    if (o == me) {
      return ++depth;
    }
    if (o == null && OWNER.compareAndSet(this, null, me)) {
      took(me, 1);
    } else {
      acquireSlow(me, 1, true, 0L, false, 0L);
    }
    return 1;
  }

  /** Like {@link #enter} but gives up after {@code timeoutNanos} with a GilTimeoutException. */
  int enter(Thread me, long timeoutNanos) {
    Thread o = owner;
    if (o == me) {
      return ++depth;
    }
    if (o == null && OWNER.compareAndSet(this, null, me)) {
      took(me, 1);
    } else {
      acquireSlow(me, 1, true, timeoutNanos, true, 0L);
    }
    return 1;
  }

  /** Gives up one level; the caller checked that {@code me} holds it at depth {@code >= 1}. */
  void exit(Thread me) {
    if (depth > 1) {
      depth--;
    } else {
      releaseAll(me);
    }
  }

  /**
   * Gives the lock up completely and returns the depth to restore later. Hands it straight to the
   * waiter that posted a drop request, if any; otherwise frees it and wakes one parked waiter. The
   * backend, if any, detaches first; if that fails the lock is given up all the same.
   */
  int releaseAll(Thread me) {
    GilBackend b = backend;
    if (b != null) {
      try {
        b.detach();
      } catch (Throwable t) {
        letGo(me);
        throw t;
      }
    }
    return letGo(me);
  }

  /** {@link #releaseAll} without the backend: gil4j's own lock only. */
  private int letGo(Thread me) {
    GilWaiter heir = dropRequest == null ? null : claimRequest(me);
    int d = depth;
    endHold();
    depth = 0;
    if (heir != null) {
      transfer(heir);
    } else {
      OWNER.setVolatile(this, null);
      if (!waiters.isEmpty()) {
        wakeOne();
      }
    }
    return d;
  }

  /**
   * Takes the lock back at depth {@code d} after a release scope; a returning thread has priority.
   */
  void restore(Thread me, int d) {
    if (d == 0) {
      return;
    }
    Thread o = owner;
    if (o == me) {
      // Something inside the release scope took the lock and did not give it back: stack on it.
      depth += d;
      return;
    }
    if (o == null && OWNER.compareAndSet(this, null, me)) {
      took(me, d);
    } else {
      acquireSlow(me, d, true, 0L, false, 0L);
    }
  }

  /** Honours a pending drop request: hands the lock over and waits (normal priority) for it. */
  void checkpoint(Thread me) {
    if (dropRequest == null) {
      backendCheckpoint();
      return;
    }
    GilWaiter heir = claimRequest(me);
    if (heir == null) {
      backendCheckpoint();
      return;
    }
    GilBackend b = backend;
    if (b != null) {
      try {
        b.detach();
      } catch (Throwable t) {
        handOffAndRetake(me, heir); // the heir was granted the lock: it must get it
        throw t;
      }
    }
    handOffAndRetake(me, heir);
  }

  /** Lets the backend's own waiters run at a checkpoint no Java thread asked for. */
  private void backendCheckpoint() {
    GilBackend b = backend;
    if (b != null) {
      b.checkpoint();
    }
  }

  /** The checkpoint hand-off proper: the lock goes to {@code heir}, then {@code me} waits for it. */
  private void handOffAndRetake(Thread me, GilWaiter heir) {
    int d = depth;
    endHold();
    depth = 0;
    long grace = heir.priority ? Math.min(yieldGraceNanos, switchIntervalNanos) : 0L;
    transfer(heir);
    acquireSlow(me, d, false, 0L, false, grace);
  }

  /**
   * Installs {@code b} as the backend; possible only while no thread holds the lock, and only once
   * (installing the same backend again does nothing).
   */
  void install(GilBackend b) {
    Objects.requireNonNull(b, "backend");
    Thread me = Thread.currentThread();
    if (backend == b) {
      return;
    }
    withLockFree(me, "install a backend");
    try {
      GilBackend cur = backend;
      if (cur != null && cur != b) {
        throw new IllegalStateException(
            "a GIL backend is installed already (" + cur.name() + "); only one per process");
      }
      backend = b;
    } finally {
      letGo(me);
    }
  }

  /** Removes the backend again (tests of the runtime only); same condition as {@link #install}. */
  void uninstall() {
    withLockFree(Thread.currentThread(), "remove the backend");
    try {
      backend = null;
    } finally {
      letGo(Thread.currentThread());
    }
  }

  /** The installed backend, or null for gil4j's own lock alone. */
  @Nullable GilBackend backend() {
    return backend;
  }

  /** Takes the free lock for a moment without the backend, or says why it cannot. */
  private void withLockFree(Thread me, String what) {
    Thread o = owner;
    if (o == null && OWNER.compareAndSet(this, null, me)) {
      depth = 1;
      return;
    }
    throw new IllegalStateException(
        "cannot "
            + what
            + " while the lock is held (by thread '"
            + (o == null ? "?" : o.getName())
            + "'); do it before the first Gil.acquire/withGil");
  }

  /** Whether some thread waits in the slow path; for tests. */
  boolean hasQueuedThreads() {
    return !waiters.isEmpty();
  }

  /** Whether a drop request is pending; for tests and the token's fast check. */
  boolean dropRequested() {
    return dropRequest != null;
  }

  /** Claims the pending request: the returned waiter is GRANTED and must be given the lock. */
  private @Nullable GilWaiter claimRequest(Thread me) {
    for (; ; ) {
      GilWaiter r = dropRequest;
      if (r == null) {
        return null;
      }
      if (DROP.compareAndSet(this, r, null) && r.thread != me && r.grant()) {
        return r;
      }
    }
  }

  /** Writes the heir into the owner word; the caller already gave up depth and hold timing. */
  private void transfer(GilWaiter heir) {
    OWNER.setVolatile(this, heir.thread);
    if (heir.parked) {
      heir.parked = false;
      LockSupport.unpark(heir.thread);
    }
  }

  /**
   * Unparks the first parked waiter so it can try the now free lock. Clearing its flag first spares
   * the next releases a second unpark of a thread that is already waking up.
   */
  private void wakeOne() {
    for (GilWaiter w : waiters) {
      if (w.parked) {
        w.parked = false;
        LockSupport.unpark(w.thread);
        return;
      }
    }
  }

  /** Bookkeeping of a new owner; {@code me} just became the owner. */
  private void took(Thread me, int d) {
    depth = d;
    boolean switched = lastOwner != me;
    if (switched) {
      lastOwner = me;
      SWITCHES.setRelease(this, switches + 1);
    }
    if (GilMonitor.statsEnabled) {
      holdStart = System.nanoTime();
      GilMonitor.counters.tookLock(switched);
    }
    if (GilMonitor.recordingHolds()) {
      holdEvent = GilMonitor.beginHold();
    }
    GilBackend b = backend;
    if (b != null) {
      try {
        b.attach();
      } catch (Throwable t) {
        letGo(me); // nothing is held when attaching fails
        throw t;
      }
    }
  }

  /** Closes the current hold's timing, if any; called by the owner just before it lets go. */
  private void endHold() {
    if (holdStart != 0) {
      GilMonitor.counters.heldFor(System.nanoTime() - holdStart);
      holdStart = 0;
    }
    GilHoldEvent e = holdEvent;
    if (e != null) {
      holdEvent = null;
      e.commit();
    }
  }

  /**
   * The slow path: queue, spin briefly, post a drop request when due, park with a timeout, take
   * over from a dead owner, report a long wait once, and give up after {@code timeoutNanos} if
   * {@code timed}. A thread that yielded to a returning thread leaves a free lock alone for {@code
   * graceNanos}. All deadlines are kept as elapsed-time budgets, so huge settings cannot overflow.
   */
  private void acquireSlow(
      Thread me,
      int targetDepth,
      boolean priority,
      long timeoutNanos,
      boolean timed,
      long graceNanos) {
    final long start = System.nanoTime();
    GilWaiter w = new GilWaiter(me, priority, start);
    waiters.add(w);
    GilWaitEvent event = GilMonitor.beginWaitIfRecording(priority);
    final long interval = switchIntervalNanos;
    final long longWait = longWaitNanos;
    final long spinEnd = start + (priority ? PRIORITY_SPIN_NANOS : YIELD_SPIN_NANOS);
    long intervalStart = start;
    long seenSwitches = switches;
    boolean spinning = false;
    boolean reported = false;
    boolean interrupted = false;
    boolean checkAlive = true;
    boolean acquired = false;
    Thread abandoned = null;
    Thread holder = null;
    try {
      for (; ; ) {
        Thread o = owner;
        if (o == me) {
          break;
        }
        if (o == null) {
          if (graceNanos > 0 && System.nanoTime() - start < graceNanos) {
            // Yield grace: the returning thread we just handed the lock to keeps it through its
            // short lock-free sections; we leave a free lock alone until the grace is over.
            Thread.onSpinWait();
            continue;
          }
          if (OWNER.compareAndSet(this, null, me)) {
            break;
          }
          continue;
        }
        holder = o;
        if (checkAlive && !o.isAlive() && OWNER.compareAndSet(this, o, me)) {
          abandoned = o;
          break;
        }
        long now = System.nanoTime();
        long s = switches;
        if (s != seenSwitches) {
          // CPython: the lock changed hands during this interval, so nobody is hogging it yet.
          seenSwitches = s;
          intervalStart = now;
        }
        long untilRequest =
            priority ? PRIORITY_DELAY_NANOS - (now - start) : interval - (now - intervalStart);
        if (dropRequest != w && untilRequest <= 0) {
          postRequest(w);
        }
        if (!reported && now - start >= longWait) {
          reported = true;
          reportLongWait(me, o, now - start);
        }
        if (timed && now - start >= timeoutNanos && w.cancel()) {
          if (event != null) {
            event.timedOut = true;
            GilMonitor.endWait(event, o);
          }
          throw new GilTimeoutException(me, o, now - start);
        }
        if (now - spinEnd < 0) {
          if (!spinning) {
            int n = spinners.get();
            spinning = n < MAX_SPINNERS && spinners.compareAndSet(n, n + 1);
          }
          checkAlive = false;
          if (spinning) {
            Thread.onSpinWait();
          } else {
            // No free spinner slot (typically the heir of our own hand-off is just leaving its
            // spin): stay runnable but give the core away instead of parking for an interval.
            Thread.yield();
          }
          continue;
        } else if (spinning) {
          spinning = false;
          spinners.decrementAndGet();
        }
        checkAlive = true;
        long parkFor = Math.min(interval, LIVENESS_NANOS);
        if (dropRequest != w && untilRequest > 0) {
          // Not yet due: wake when it is. Due but outranked (the slot holds a better request):
          // the normal tick, never a busy loop of tiny parks behind a long holder.
          parkFor = Math.min(parkFor, untilRequest);
        }
        if (!reported) {
          parkFor = Math.min(parkFor, longWait - (now - start));
        }
        if (timed) {
          parkFor = Math.min(parkFor, timeoutNanos - (now - start));
        }
        w.parked = true;
        Thread again = owner;
        if (again != me && again != null) {
          LockSupport.parkNanos(this, Math.max(parkFor, 1_000L));
        }
        w.parked = false;
        if (Thread.interrupted()) {
          interrupted = true;
        }
      }
      acquired = true;
    } finally {
      if (spinning) {
        spinners.decrementAndGet();
      }
      if (!acquired && !w.cancel() && w.isGranted()) {
        // Leaving abnormally (an Error) after a holder handed us the lock: pass it on, never wedge.
        while (owner != me) {
          Thread.onSpinWait();
        }
        depth = 1;
        releaseAll(me);
      }
      waiters.remove(w);
      if (dropRequest == w) {
        DROP.compareAndSet(this, w, null);
      }
      if (interrupted) {
        me.interrupt();
      }
    }
    w.done();
    took(me, targetDepth);
    long waited = System.nanoTime() - start;
    if (GilMonitor.statsEnabled) {
      GilMonitor.counters.waited(waited, abandoned != null);
    }
    if (event != null) {
      GilMonitor.endWait(event, holder);
    }
    if (abandoned != null) {
      GilMonitor.reportAbandoned(me, abandoned, waited);
    }
  }

  /**
   * Posts {@code w}'s drop request if the slot is free or holds a request {@code w} outranks (a
   * returning thread beats a yielded one; among equals the longer waiter wins, so nobody starves).
   */
  private void postRequest(GilWaiter w) {
    GilWaiter cur = dropRequest;
    if ((cur == null || w.outranks(cur)) && DROP.compareAndSet(this, cur, w)) {
      if (GilMonitor.statsEnabled) {
        GilMonitor.counters.dropRequested();
      }
    }
  }

  /** Reports a long wait once per holder episode (the owner changes between episodes). */
  private void reportLongWait(Thread me, Thread holder, long waitedNanos) {
    long s = switches;
    long prev = longWaitReportedAt.get();
    if (prev != s && longWaitReportedAt.compareAndSet(prev, s)) {
      GilMonitor.reportLongWait(me, holder, waitedNanos, switchIntervalNanos);
    }
  }
}
