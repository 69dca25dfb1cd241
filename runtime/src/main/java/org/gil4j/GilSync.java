package org.gil4j;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The state machine behind {@link Gil}: an owner word taken by CAS, a hold depth and a chain of
 * open tokens only the owner touches, one drop-request slot and a queue of waiters for wake-ups.
 * See the package overview for the algorithm and its invariants; the public classes validate
 * tokens and delegate here.
 */
// The lock's own implementation: it keeps the tokens it issues (the chain of a hold, the top
// of the stack, saved release scopes) outside the rules it enforces for everyone else; the
// runtime's tests hold it instead of the checker.
@SuppressWarnings("gil")
final class GilSync {
  /*
   * Overview (maintainer notes).
   *
   * owner == null          : free; any thread may CAS null -> itself (barging is allowed).
   * owner == T             : T holds the lock `depth` times; `top` is its innermost open token.
   *                          Only T writes depth, top, lastOwner, holdStart and holdEvent (the
   *                          owner word orders them for the next owner).
   * dropRequest == W       : waiter W asked the holder to yield. The holder claims the request
   *                          (CAS slot W -> null, then W.state WAITING -> GRANTED) and then writes
   *                          owner = W.thread directly: a hand-off, never a free lock.
   *
   * Fault tolerance (an Error may be thrown at any call: StackOverflowError at a frame push,
   * OutOfMemoryError at an allocation, ThreadDeath anywhere, an Error from a listener):
   * - every state change (owner, depth, top, a token's closed flag, a waiter's DONE) is a field
   *   write or a single CAS; between the commit of an operation and its return there is no call
   *   that is not guarded, so an operation either throws having changed nothing or completes;
   * - what an operation needs (its token or release scope, its waiter) is allocated first;
   * - what is optional (statistics, JFR, diagnostics, sites, budgets, chaos, backend-free
   *   wake-ups, honouring a drop request) runs inside `catch (Throwable)` and falls back to the
   *   plain path: a skipped wake-up costs a waiter at most one timed park, a skipped hand-off
   *   leaves the request posted;
   * - a level is given up before its token is marked closed;
   * - a waiter that leaves abnormally passes on a lock it was granted or took, and its queue entry
   *   is pruned by the next wake-up if its own removal failed.
   */

  /** The one process-wide instance. */
  static final GilSync INSTANCE = new GilSync();

  /**
   * How long a waiter must see one and the same hold before it takes the holder for one that
   * computes: a priority waiter then posts its drop request at once instead of after the switch
   * interval. Brief holders (tiny sections, a returning thread between two blocking calls) change
   * holds far more often, so waiting for them never asks anybody to yield early.
   */
  static final long COMPUTE_NANOS = 5_000;

  /** How long a waiter with a posted request spins for the hand-off (about two checkpoints). */
  static final long PRIORITY_SPIN_NANOS = 100_000;

  /**
   * How long a waiter spins behind one hold that has not been taken for a computing one yet, when
   * it has nothing posted: a thread that yielded at a checkpoint spins for the heir's release as
   * long as the heir holds briefly, and parks once the heir computes.
   */
  static final long YIELD_SPIN_NANOS = 30_000;

  /**
   * How many holds a spinning waiter lets go by without getting the lock before it parks (the
   * lock is busy with tiny sections: wait to be woken, as a queued lock does, rather than steal
   * the holder's cache line); each wake-up allows as many again.
   */
  static final int MAX_PASSES = 4;

  /** Longest park between two checks of the owner's liveness, whatever the switch interval. */
  static final long LIVENESS_NANOS = 50_000_000L;

  /** How many waiters may spin at once: one core stays for the holder. */
  static final int MAX_SPINNERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

  /** Attempts to take the lock back after a release before the error is passed on. */
  private static final int RETAKE_ATTEMPTS = 3;

  private static final VarHandle OWNER;
  private static final VarHandle DROP;
  private static final VarHandle SWITCHES;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      OWNER = l.findVarHandle(GilSync.class, "owner", Thread.class);
      DROP = l.findVarHandle(GilSync.class, "dropRequest", GilWaiter.class);
      SWITCHES = l.findVarHandle(GilSync.class, "switches", long.class);
      // Initialize now every class the slow and error paths use: a class whose initializer fails
      // (an OutOfMemoryError or StackOverflowError the first time a thread has to wait) is
      // unusable for the rest of the process, and the lock with it.
      ClassLoader loader = GilSync.class.getClassLoader();
      for (Class<?> c :
          new Class<?>[] {
            GilWaiter.class,
            GilMonitor.class,
            GilDiagnosticGate.class,
            GilDiagnostic.class,
            GilDiagnostic.Kind.class,
            GilTimeoutException.class,
            GilToken.class,
            GilRelease.class,
            GilCounters.class,
            GilStats.class,
            GilSites.class,
            GilSiteTable.class,
            GilSite.class,
            GilBudget.class,
            GilChaos.class,
            LockSupport.class
          }) {
        Class.forName(c.getName(), true, loader);
      }
      GilWaiter.isVirtual(Thread.currentThread()); // links the method handle call
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  volatile @Nullable Thread owner; // holder or null; see the overview
  private volatile @Nullable GilWaiter dropRequest; // the waiter that asked the holder to yield
  private volatile long switches; // times the owner changed to another thread; owner writes
  private volatile @Nullable GilBackend backend; // written only while the installer owns the lock

  int depth; // owner-only
  int holdSeq; // owner-only writer, read by waiters: bumped at every fresh take (one per hold)
  @Nullable GilToken top; // owner-only: the innermost open token of the holder
  long holdStart; // owner-only; System.nanoTime() of the hold when stats are on, else 0
  @Nullable GilHoldEvent holdEvent; // owner-only; non-null while JFR records holds
  private @Nullable Thread lastOwner; // owner-only

  private final ConcurrentLinkedQueue<GilWaiter> waiters = new ConcurrentLinkedQueue<>();

  /**
   * Holds that an error kept a thread from taking back (see {@link #markLost}), by thread; besides
   * the note on the hold's root token, so that {@code Gil.isHeld()} and a fresh acquire find them
   * too. Touched only after such an error; {@code lostCount} keeps the fast paths to one read.
   */
  private final ConcurrentHashMap<Thread, GilRelease> lost = new ConcurrentHashMap<>();

  private volatile int lostCount;
  private final AtomicInteger spinners = new AtomicInteger();
  final GilDiagnosticGate longWaitGate = new GilDiagnosticGate();

  volatile long switchIntervalNanos = 5_000_000L; // > 0
  volatile long longWaitNanos = 1_000_000_000L; // > 0
  volatile long yieldGraceNanos; // >= 0; 0 = a yielder takes a free lock at once

  /** Whether {@code me} holds the lock (taking back a hold an error kept it from taking back). */
  boolean isHeldBy(Thread me) {
    return owner == me || (lostCount != 0 && mayHaveLost(me) && recoverLost(me, null));
  }

  /** The hold depth of {@code me}; 0 when it does not hold the lock. */
  int depthOf(Thread me) {
    return isHeldBy(me) ? depth : 0;
  }

  /** The current holder, or null; for messages only. */
  @Nullable Thread owner() {
    return owner;
  }

  /**
   * Takes one level for {@code tok} (fresh, of thread {@code me}); never times out. Returns with
   * {@code tok} the innermost open token, or throws having changed nothing.
   */
  void open(Thread me, GilToken tok) {
    if (owner == me || (lostCount != 0 && mayHaveLost(me) && recoverLost(me, null))) {
      nest(tok);
      return;
    }
    if (!(owner == null && OWNER.compareAndSet(this, null, me))) {
      acquireSlow(me, true, 0L, false, 0L);
    }
    tok.depth = 1;
    top = tok;
    depth = 1;
    try {
      took(me);
    } catch (Throwable ignored) {
      // statistics only; the lock is held and the token open either way
    }
    if (backend != null) {
      attachOrLetGo(me);
    }
  }

  /** Like {@link #open(Thread, GilToken)} but gives up after {@code timeoutNanos}. */
  void open(Thread me, GilToken tok, long timeoutNanos) {
    if (owner == me || (lostCount != 0 && mayHaveLost(me) && recoverLost(me, null))) {
      nest(tok);
      return;
    }
    if (!(owner == null && OWNER.compareAndSet(this, null, me))) {
      acquireSlow(me, true, timeoutNanos, true, 0L);
    }
    tok.depth = 1;
    top = tok;
    depth = 1;
    try {
      took(me);
    } catch (Throwable ignored) {
      // statistics only
    }
    if (backend != null) {
      attachOrLetGo(me);
    }
  }

  /**
   * Touches about {@code frames} frames of stack (each holding eight live values, so compiled
   * frames are not tiny) beyond what the caller needs, before a release whose undoing (taking the
   * lock back, which may queue and park) must not run out of stack where the release did not: if
   * the stack ends within that margin, the StackOverflowError comes here, before any state change.
   * The JIT inlines at most one level of a recursion, so about half the frames are real.
   */
  static long reserve(int frames, long a, long b, long c, long d, long e, long f, long g, long h) {
    if (frames <= 0) {
      return a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;
    }
    return reserve(frames - 1, b, c, d, e, f, g, h, a) + (a * b) + (c * d) + (e * f) + (g * h);
  }

  /** The margin a release takes; see {@link #reserve}. */
  static final int RESERVE_FRAMES = 12;

  /**
   * The margin {@code Gil.acquire} takes for its token's {@code close()}, called later from the
   * same frame: one frame that gives the level up with field writes (and guarded calls).
   */
  static final int CLOSE_RESERVE_FRAMES = 8;

  /** A re-entrant level: field writes only. */
  private void nest(GilToken tok) {
    GilToken p = top;
    tok.parent = p;
    tok.root = p == null ? tok : p.root;
    tok.depth = depth + 1;
    top = tok;
    depth = tok.depth;
  }

  /**
   * Gives the lock up completely (the caller checked {@code me} owns it): to the waiter that posted
   * a drop request if there is one ({@code early}: any request; else only one that has waited a
   * whole switch interval), else free, then wakes a parked waiter. Never throws once it runs: what
   * could fail is optional and falls back to the plain release.
   *
   * <p>A scope exit passes {@code early} false: an early request (a waiter took this holder for a
   * computing one, maybe only because it was descheduled while holding a tiny section) is served
   * by the free lock, which its spinning waiter takes at once, rather than by a hand-off that
   * would idle the lock until the heir runs; the holder takes the lock again at once more often
   * than not, so a hand-off there is for fairness only, which a late request is about.
   */
  @Nullable Throwable releaseFully(Thread me, boolean early) {
    boolean watched = holdStart != 0; // the hold was timed: something watches (chaos, maybe)
    Throwable detachFailure = null;
    GilBackend b = backend;
    if (b != null) {
      try {
        b.detach(); // the backend's lock first; ours is given up whatever happens there
      } catch (Throwable t) {
        detachFailure = t;
      }
    }
    try {
      endHold();
    } catch (Throwable ignored) {
      holdStart = 0;
      holdEvent = null;
    }
    GilWaiter heir = null;
    if (dropRequest != null) {
      try {
        heir = claimRequest(me, early);
      } catch (Throwable ignored) {
        heir = null; // not granted (the grant is the last step of the claim): plain release
      }
    }
    top = null;
    depth = 0;
    if (heir != null) {
      owner = heir.thread; // the commit: a hand-off
      try {
        unparkHeir(heir);
      } catch (Throwable ignored) {
        // the heir sees it at its next timed check
      }
    } else {
      owner = null; // the commit: free
      try {
        if (!waiters.isEmpty()) {
          wakeOne();
        }
      } catch (Throwable ignored) {
        // a parked waiter sees it at its next timed check
      }
    }
    if (watched) {
      try {
        GilMonitor.released(this, me); // chaos mode's pause; the lock is given up already
      } catch (Throwable ignored) {
        // chaos only
      }
    }
    return detachFailure;
  }

  /**
   * After a fresh take at depth 0: attaches the backend, if any; if that fails, gives gil4j's
   * lock up again (without detaching) and rethrows, so nothing is held. The caller has committed
   * the take already, so even an error at this call (a StackOverflowError at its first frame,
   * after the statistics call just before it overflowed and was ignored) must not leave the lock
   * held: without a backend it is not called at all, and the call itself is guarded.
   */
  private void attachOrLetGo(Thread me) {
    try {
      attachBackend(me);
    } catch (Throwable t) {
      if (owner == me) {
        // field writes only: no stack may be left for the call that would do it properly
        holdStart = 0;
        holdEvent = null;
        top = null;
        depth = 0;
        owner = null;
      }
      throw t;
    }
  }

  /** Attaches the backend, if any; if that fails, gives gil4j's lock up again and rethrows. */
  private void attachBackend(Thread me) {
    GilBackend b = backend;
    if (b == null) {
      return;
    }
    try {
      b.attach();
    } catch (Throwable t) {
      letGoWithoutBackend(me);
      throw t;
    }
  }

  /** Gives gil4j's own lock up with no backend call and no hand-off; for failures. */
  private void letGoWithoutBackend(Thread me) {
    if (owner != me) {
      return;
    }
    try {
      endHold();
    } catch (Throwable ignored) {
      holdStart = 0;
      holdEvent = null;
    }
    top = null;
    depth = 0;
    owner = null;
    try {
      if (!waiters.isEmpty()) {
        wakeOne();
      }
    } catch (Throwable ignored) {
      // a parked waiter sees it at its next timed check
    }
  }

  /** Gives the lock up completely for release scope {@code r}, remembering what to restore. */
  void suspend(Thread me, GilRelease r) {
    reserve(RESERVE_FRAMES, 1, 2, 3, 4, 5, 6, 7, 8);
    r.savedTop = top;
    r.savedDepth = depth;
    Throwable detachFailure = releaseFully(me, true);
    if (detachFailure != null) {
      // The release happened but the backend failed: take the lock back, then report, so the
      // scope that asked for the release never starts and its token stays valid.
      Throwable failure = retake(me, r.savedDepth, r.savedTop, true, 0L);
      if (owner != me) {
        markLost(me, r);
      }
      report(null, null, failure == null ? detachFailure : failure);
    }
  }

  /**
   * Ends release scope {@code r}: takes the lock back at the saved depth with the saved tokens.
   * Scopes opened inside it and left open end here; that misuse, and a failure to take the lock
   * back, is thrown, or added as suppressed to {@code thrown} (what the body threw).
   */
  void resume(Thread me, GilRelease r, @Nullable Throwable thrown) {
    if (owner == me) {
      // A scope opened inside the release scope is still open (the body leaked a token, or its
      // close failed): it ends here with the release scope, and the lock stays held.
      GilToken leaked = top;
      for (GilToken t = leaked; t != null; t = t.parent) {
        t.closed = true;
      }
      depth = r.savedDepth;
      top = r.savedTop;
      r.closed = true;
      report(
          thrown,
          r.scope
              + " ended while a token opened inside it was still open ("
              + (leaked == null ? "unknown scope" : leaked.scope)
              + "); it was closed and the lock kept at depth "
              + r.savedDepth,
          null);
      return;
    }
    Throwable failure = retake(me, r.savedDepth, r.savedTop, true, 0L);
    if (owner == me) {
      r.closed = true;
      GilToken saved = r.savedTop;
      if (saved != null && saved.root.lost == r) {
        saved.root.lost = null;
        forget(me);
      }
    } else {
      markLost(me, r);
    }
    if (failure != null) {
      report(thrown, null, failure);
    }
  }

  /**
   * Notes that an error kept {@code me} from taking back the hold {@code r} describes: the next
   * use of one of its tokens (or {@code Gil.isHeld()}, or an acquire) takes it back, normally with
   * more stack than there was here. A field write first, the registry after, best effort.
   */
  private void markLost(Thread me, GilRelease r) {
    GilToken saved = r.savedTop;
    if (saved != null) {
      saved.root.lost = r;
    }
    try {
      lost.put(me, r);
      lostCount = lost.size();
    } catch (Throwable ignored) {
      // the note on the root token remains
    }
  }

  private void forget(Thread me) {
    if (lostCount != 0) {
      try {
        lost.remove(me);
        lostCount = lost.size();
      } catch (Throwable ignored) {
        // a stale entry is ignored: recovery checks the hold is still lost
      }
    }
  }

  /**
   * Takes back a hold of {@code me} that an error kept it from taking back, if there is one and
   * {@code me} holds nothing now; returns whether {@code me} holds the lock afterwards. Errors are
   * passed on (the hold stays noted for the next try).
   */
  boolean recoverLost(Thread me, @Nullable GilRelease r) {
    if (r == null && lostCount != 0) {
      r = lost.get(me);
    }
    if (r == null || owner == me) {
      return owner == me;
    }
    GilToken st = r.savedTop;
    if (r.closed || st == null || st.closed) {
      // Taken back already, or the scope it would restore ended (its innermost token was closed
      // while the hold was lost): nothing to take back.
      forget(me);
      return false;
    }
    Throwable failure = retake(me, r.savedDepth, r.savedTop, true, 0L);
    if (owner == me) {
      r.closed = true;
      GilToken saved = r.savedTop;
      if (saved != null && saved.root.lost == r) {
        saved.root.lost = null;
      }
      forget(me);
    }
    if (failure != null) {
      report(null, null, failure);
    }
    return owner == me;
  }

  /**
   * After {@code me} took the lock back: a hold of {@code me} still noted as lost is either the
   * one just restored or one no open scope restores any more. Scopes nest, so a lost hold that
   * this take-back does not restore was opened inside the scope being restored (or ending) now,
   * and its own scopes already ended with an error (their closes could not run, or could not take
   * it back). Taking it back later (at the next {@code Gil.isHeld()} or acquire) would hold a level
   * nobody closes, so the note is dropped. Best effort: whatever is left is dropped by the next
   * take-back, and recovery first checks that the hold's innermost token is still open.
   */
  private void dropLost(Thread me) {
    try {
      GilRelease l = lost.get(me);
      if (l != null) {
        GilToken st = l.savedTop;
        if (st != null && st.root.lost == l) {
          st.root.lost = null;
        }
        lost.remove(me, l);
        lostCount = lost.size();
      }
    } catch (Throwable ignored) {
      // see above
    }
  }

  /** Whether {@code me} has a hold to take back; one volatile read when nobody has. */
  boolean mayHaveLost(Thread me) {
    return lostCount != 0 && lost.containsKey(me);
  }

  /** Honours a pending drop request: hands the lock over and waits (normal priority) for it. */
  void checkpoint(Thread me) {
    if (holdStart != 0 && GilChaos.active != null) {
      chaosCheckpoint(me);
      return;
    }
    if (dropRequest == null) {
      GilBackend b = backend;
      if (b != null) {
        b.checkpoint(); // no Java thread asked: let the backend's own threads run
      }
      return;
    }
    GilWaiter heir;
    try {
      reserve(RESERVE_FRAMES, 1, 2, 3, 4, 5, 6, 7, 8); // the margin to take the lock back after
      heir = claimRequest(me, true);
    } catch (Throwable e) {
      return; // not granted: nothing changed, the request stays or is re-posted
    }
    if (heir == null) {
      GilBackend b = backend;
      if (b != null) {
        b.checkpoint();
      }
      return;
    }
    Throwable detachFailure = null;
    GilBackend b = backend;
    if (b != null) {
      try {
        b.detach(); // the heir was granted the lock: it gets it whatever happens here
      } catch (Throwable t) {
        detachFailure = t;
      }
    }
    int d = depth;
    GilToken t = top;
    GilRelease record = new GilRelease(me, "checkpoint()"); // in case taking it back fails
    record.savedDepth = d;
    record.savedTop = t;
    long grace = heir.priority ? Math.min(yieldGraceNanos, switchIntervalNanos) : 0L;
    try {
      endHold();
    } catch (Throwable ignored) {
      holdStart = 0;
      holdEvent = null;
    }
    top = null;
    depth = 0;
    owner = heir.thread; // the commit: a hand-off
    try {
      unparkHeir(heir);
    } catch (Throwable ignored) {
      // the heir sees it at its next timed check
    }
    Throwable failure = retake(me, d, t, false, grace);
    if (owner != me) {
      markLost(me, record);
    }
    if (failure != null || detachFailure != null) {
      report(null, null, failure != null ? failure : detachFailure);
    }
  }

  /**
   * A checkpoint in chaos mode: gives the lock up whether or not anybody asked, as {@code
   * allowThreads(() -> {})} would (the release pauses, see {@link GilChaos}), and takes it back.
   */
  private void chaosCheckpoint(Thread me) {
    GilRelease r = new GilRelease(me, "checkpoint() in chaos mode");
    suspend(me, r);
    resume(me, r, null);
  }

  /**
   * Ends the scope of {@code tok}, opened by {@code Gil.withGil}/{@code runWithGil} on {@code me}:
   * the normal close, or, when the body left inner scopes open or closed this token itself, the
   * state the end of the scope implies (inner tokens closed, the lock at this token's depth minus
   * one) and an IllegalStateException saying what was wrong (thrown, or suppressed in {@code
   * thrown}).
   */
  void endScope(Thread me, GilToken tok, @Nullable Throwable thrown) {
    if (!tok.closed && owner == me && top == tok) {
      if (tok.depth > 1) {
        depth = tok.depth - 1;
        top = tok.parent;
      } else {
        Throwable detachFailure = releaseFully(me, false);
        tok.closed = true;
        if (detachFailure != null) {
          report(thrown, null, detachFailure);
        }
        return;
      }
      tok.closed = true;
      return;
    }
    healScope(me, tok, thrown);
  }

  private void healScope(Thread me, GilToken tok, @Nullable Throwable thrown) {
    GilRelease lostHold = tok.root.lost;
    Throwable recoveryFailure = null;
    if (!tok.closed && owner != me && lostHold != null) {
      try {
        recoverLost(me, lostHold); // an error kept this thread from taking the lock back
      } catch (Throwable e) {
        // Still lost: the scope ends below all the same, and the error is reported after that.
        // Thrown here, it would leave this token open over a hold noted as lost, which the next
        // Gil.isHeld() or acquire would take back for a scope that no longer exists.
        recoveryFailure = e;
      }
      if (owner == me && top == tok) {
        endScope(me, tok, thrown);
        if (recoveryFailure != null) {
          report(thrown, null, recoveryFailure);
        }
        return;
      }
    }
    String problem;
    Throwable failure = recoveryFailure;
    if (tok.closed) {
      problem = "its token was closed inside the body";
    } else if (owner == me) {
      GilToken leaked = top;
      for (GilToken t = leaked; t != null && t != tok; t = t.parent) {
        t.closed = true;
      }
      if (tok.depth > 1) {
        depth = tok.depth - 1;
        top = tok.parent;
      } else {
        Throwable f = releaseFully(me, false);
        failure = failure == null ? f : failure;
      }
      tok.closed = true;
      problem =
          "a token opened inside it was still open ("
              + (leaked == null ? "unknown scope" : leaked.scope)
              + ")";
    } else {
      // This thread does not hold the lock: a release scope opened inside the body is still
      // open, or taking the lock back after one failed. The scope ends all the same, and with it
      // the levels of a hold noted as lost that were opened inside it: closed, they are never
      // taken back later.
      GilRelease l = tok.root.lost;
      if (l != null && !l.closed) {
        for (GilToken t = l.savedTop; t != null && t.depth > tok.depth; t = t.parent) {
          t.closed = true;
        }
      }
      tok.closed = true;
      if (tok.depth > 1) {
        GilRelease record = new GilRelease(me, tok.scope);
        record.savedDepth = tok.depth - 1;
        record.savedTop = tok.parent;
        Throwable f = retake(me, tok.depth - 1, tok.parent, true, 0L);
        failure = failure == null ? f : failure;
        if (owner != me) {
          markLost(me, record);
        }
      }
      problem = "a release scope opened inside it was still open";
    }
    report(
        thrown,
        tok.scope
            + " ended while "
            + problem
            + "; the lock was brought back to depth "
            + (tok.depth - 1)
            + " (thread '"
            + me.getName()
            + "')",
        failure);
  }

  /**
   * Takes the lock back at depth {@code d} with {@code t} as innermost token, retrying when an
   * error interrupts the wait; returns the first error, or null. On return the thread holds the
   * lock unless every attempt failed.
   */
  private @Nullable Throwable retake(
      Thread me, int d, @Nullable GilToken t, boolean priority, long grace) {
    Throwable failure = null;
    for (int attempt = 0; attempt < RETAKE_ATTEMPTS && owner != me; attempt++) {
      try {
        long g = attempt == 0 ? grace : 0L;
        if (g == 0 && owner == null && OWNER.compareAndSet(this, null, me)) {
          break;
        }
        if (failure == null) {
          acquireSlow(me, priority, 0L, false, g);
        } else {
          // The full wait failed (typically a StackOverflowError deep inside it): the shallow one.
          spinTake(me, new GilWaiter(me, priority, System.nanoTime(), false));
        }
      } catch (Throwable e) {
        if (failure == null) {
          failure = e;
        }
      }
    }
    if (owner == me) {
      depth = d;
      top = t;
      try {
        took(me);
      } catch (Throwable ignored) {
        // statistics only
      }
      GilBackend b = backend;
      if (b != null) {
        try {
          b.attach();
        } catch (Throwable e) {
          letGoWithoutBackend(me); // nothing held; the caller notes the hold as lost
          if (failure == null) {
            failure = e;
          }
        }
      }
      if (owner == me && lostCount != 0) {
        dropLost(me);
      }
    }
    return failure;
  }

  /**
   * The emergency wait, for taking the lock back after the full one failed: no queue, no park, no
   * statistics, only field reads and CASes (a drop request included, so a holder that only
   * checkpoints hands over). Burns a core while it waits; it runs only after an error.
   */
  private void spinTake(Thread me, GilWaiter w) {
    try {
      for (; ; ) {
        Thread o = owner;
        if (o == me) {
          break; // granted
        }
        if (o == null) {
          if (OWNER.compareAndSet(this, null, me)) {
            break;
          }
          continue;
        }
        if (!o.isAlive() && OWNER.compareAndSet(this, o, me)) {
          break;
        }
        GilWaiter cur = dropRequest;
        if (cur != w && (cur == null || w.outranks(cur) || cur.finished())) {
          DROP.compareAndSet(this, cur, w);
        }
        Thread.onSpinWait();
      }
    } finally {
      if (owner != me && !w.cancel() && w.state == GilWaiter.GRANTED) {
        while (owner != me) {
          Thread.onSpinWait(); // granted as we left: the owner word follows at once
        }
      }
      w.state = GilWaiter.DONE;
      if (dropRequest == w) {
        DROP.compareAndSet(this, w, null);
      }
    }
  }

  /**
   * Reports misuse found at the end of a scope and an error that interrupted taking the lock back:
   * added as suppressed to {@code thrown} (the body's exception stays the one thrown), else thrown.
   */
  private static void report(
      @Nullable Throwable thrown, @Nullable String misuse, @Nullable Throwable failure) {
    if (thrown != null) {
      try {
        if (failure != null && failure != thrown) {
          thrown.addSuppressed(failure);
        }
        if (misuse != null) {
          thrown.addSuppressed(new IllegalStateException(misuse));
        }
      } catch (Throwable ignored) {
        // no room for the note; the body's exception goes on unchanged
      }
      return;
    }
    if (failure != null) {
      if (misuse != null) {
        failure.addSuppressed(new IllegalStateException(misuse));
      }
      throw GilSync.<RuntimeException>sneaky(failure);
    }
    if (misuse != null) {
      throw new IllegalStateException(misuse);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
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
      letGoWithoutBackend(me);
    }
  }

  /** Removes the backend again (tests of the runtime only); same condition as {@link #install}. */
  void uninstall() {
    Thread me = Thread.currentThread();
    withLockFree(me, "remove the backend");
    try {
      backend = null;
    } finally {
      letGoWithoutBackend(me);
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
      top = null;
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
    for (GilWaiter w : waiters) {
      if (!w.finished()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many entries the wait queue has after a pruning pass like the one every wake-up makes
   * (finished entries are dropped, live ones kept); for tests: dead entries that survive it leak.
   */
  int queueLength() {
    waiters.removeIf(GilWaiter::finished);
    return waiters.size();
  }

  /** Whether a drop request is pending; for tests and the token's fast check. */
  boolean dropRequested() {
    return dropRequest != null;
  }

  /**
   * Claims the pending request ({@code early}: any, else only one that has waited a whole switch
   * interval): the returned waiter is GRANTED and must be given the lock. The grant is the last
   * thing done, so an error before it leaves the waiter merely un-granted.
   */
  private @Nullable GilWaiter claimRequest(Thread me, boolean early) {
    for (; ; ) {
      GilWaiter r = dropRequest;
      if (r == null || !(early || r.late)) {
        return null;
      }
      if (DROP.compareAndSet(this, r, null) && r.thread != me && r.grant()) {
        return r;
      }
    }
  }

  /** Wakes the heir of a hand-off if it parked; the owner word already names it. */
  private static void unparkHeir(GilWaiter heir) {
    if (heir.parked) {
      heir.parked = false;
      LockSupport.unpark(heir.thread);
    }
  }

  /**
   * Unparks the first parked waiter so it can try the now free lock, dropping dead entries it
   * passes (a waiter whose own removal failed). Clearing the flag first spares the next releases a
   * second unpark of a thread that is already waking up.
   */
  private void wakeOne() {
    for (Iterator<GilWaiter> it = waiters.iterator(); it.hasNext(); ) {
      GilWaiter w = it.next();
      if (w.finished()) {
        it.remove();
      } else if (w.parked) {
        w.parked = false;
        LockSupport.unpark(w.thread);
        return;
      }
    }
  }

  /** Bookkeeping of a new owner; {@code me} just became the owner. */
  private void took(Thread me) {
    holdSeq = holdSeq + 1; // a plain write: waiters only compare it with what they saw before
    boolean switched = lastOwner != me;
    if (switched) {
      lastOwner = me;
      // owner-only writer; a release store: threads taking turns at tiny sections switch on
      // every hold, and a full fence here would cost each of those holds one more
      SWITCHES.setRelease(this, switches + 1);
    }
    if (GilMonitor.watching) {
      holdStart = System.nanoTime();
      GilMonitor.tookLock(switched);
    }
    if (GilMonitor.recordingHolds()) {
      holdEvent = GilMonitor.beginHold();
    }
  }

  /** Closes the current hold's timing, if any; called by the owner just before it lets go. */
  private void endHold() {
    long started = holdStart;
    if (started != 0) {
      holdStart = 0;
      GilMonitor.heldFor(System.nanoTime() - started); // statistics, sites, budget
    }
    GilHoldEvent e = holdEvent;
    if (e != null) {
      holdEvent = null;
      GilMonitor.commitHold(e);
    }
  }

  /**
   * The slow path: queue, spin while that is likely to pay (platform threads only), post a drop
   * request when due, park with a timeout, take over from a dead owner, report a long wait, and
   * give up after {@code timeoutNanos} if {@code timed}. Returns only owning the lock; throws only
   * not owning it, with its queue entry and drop request withdrawn. A thread that yielded to a
   * returning thread leaves a free lock alone for {@code graceNanos}. All deadlines are
   * elapsed-time budgets, so huge settings cannot overflow.
   *
   * <p>The policy adapts to what the holder does, seen through {@link #holdSeq}: a hold that lasts
   * {@link #COMPUTE_NANOS} under the waiter's eyes belongs to a computing holder, and a priority
   * waiter (a fresh acquire or the end of a release scope) then posts its request at once and
   * spins for the hand-off at the holder's next checkpoint; behind brief holds nobody posts early,
   * a waiter spins for a free lock while the holds it sees stay brief and few, then parks until a
   * release wakes it, and posts only once it has waited a whole switch interval (counted from the
   * start of its wait, so the wait is bounded however often the lock changes hands).
   */
  private void acquireSlow(
      Thread me, boolean priority, long timeoutNanos, boolean timed, long graceNanos) {
    final long start = System.nanoTime();
    final GilWaiter w = new GilWaiter(me, priority, start);
    final long interval = switchIntervalNanos;
    final long longWait = longWaitNanos;
    Thread seenOwner = null; // the hold being watched: its owner and sequence number
    int seenSeq = 0;
    long seenSince = start; // when the watched hold was first seen
    int passes = 0; // holds that went by since the last wake-up without this waiter getting in
    long postedAt = 0; // when this waiter's request was last seen posted, 0 before that
    boolean spinning = false;
    boolean reported = false;
    boolean interrupted = false;
    boolean checkAlive = true;
    boolean acquired = false;
    Thread abandoned = null;
    Thread holder = null;
    GilWaitEvent event = null;
    try {
      waiters.add(w);
      try {
        event = GilMonitor.beginWaitIfRecording(priority);
      } catch (Throwable ignored) {
        event = null;
      }
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
        int seq = holdSeq; // read after the owner word: never older than the owner it goes with
        if (o != seenOwner || seq != seenSeq) {
          if (seenOwner != null) {
            passes++; // the lock went to another hold, not to this waiter
          }
          seenOwner = o;
          seenSeq = seq;
          seenSince = now;
        }
        boolean computing = now - seenSince >= COMPUTE_NANOS;
        if (!w.late && now - start >= interval) {
          w.late = true; // before a post: a holder that sees the request sees this too
        }
        boolean posted = dropRequest == w;
        if (!posted) {
          // Early only behind a computing holder, and never for a virtual thread: a hand-off to
          // it idles the lock until a carrier runs it, behind every runnable virtual thread.
          boolean due = w.late || (priority && computing && !w.virtual);
          if (due) {
            postRequest(w);
            posted = dropRequest == w;
          }
        }
        if (posted) {
          if (postedAt == 0) {
            postedAt = now;
          }
        } else {
          postedAt = 0;
        }
        if (!reported && now - start >= longWait) {
          reported = true;
          try {
            if (longWaitGate.admit(switches, now, longWait)) {
              GilMonitor.reportLongWait(me, o, now - start, interval);
            }
          } catch (Throwable ignored) {
            // a diagnostic never disturbs the wait
          }
        }
        if (timed && now - start >= timeoutNanos && w.cancel()) {
          if (event != null) {
            try {
              event.timedOut = true;
              GilMonitor.endWait(event, o);
            } catch (Throwable ignored) {
              // JFR only
            }
          }
          throw new GilTimeoutException(me, o, now - start);
        }
        boolean spin;
        if (w.virtual) {
          spin = false; // carriers are scarce: park at once
        } else if (posted) {
          spin = now - postedAt < PRIORITY_SPIN_NANOS; // the hand-off is due at a checkpoint
        } else {
          // Behind a brief hold a release is near; behind a computing one (or a stream of tiny
          // sections that keep missing this waiter) it is not: park and be woken.
          long patience = priority ? COMPUTE_NANOS : YIELD_SPIN_NANOS;
          spin = passes < MAX_PASSES && now - seenSince < patience;
        }
        if (spin) {
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
        if (!posted) {
          // Parked before posting: behind a holder that computes (a yielded thread), or behind
          // tiny sections that kept missing this waiter; a release wakes it, else the interval.
          long untilDue = interval - (now - start);
          if (untilDue > 0) {
            // Not yet due: wake when it is. Due but outranked (the slot holds a better request):
            // the normal tick, never a busy loop of tiny parks behind a long holder.
            parkFor = Math.min(parkFor, untilDue);
          }
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
        // Woken (by a release, or the timer): watch the holds afresh, and spin again a little.
        passes = 0;
        seenOwner = null;
        if (Thread.interrupted()) {
          interrupted = true;
        }
      }
      w.state = GilWaiter.DONE; // a field write: nothing can come between owning and this
      acquired = true;
    } finally {
      if (!acquired) {
        // Leaving on an error (a timeout was handled already): become ungrantable, and pass on at
        // once a lock we were granted or took meanwhile, so it is never wedged. Inline, not a
        // method: a StackOverflowError at the call would skip it.
        try {
          if (!w.cancel() && w.state == GilWaiter.GRANTED) {
            while (owner != me) {
              Thread.onSpinWait(); // the granter writes the owner word right after the grant
            }
          }
        } catch (Throwable ignored) {
          // checked again just below
        }
        if (owner == me) {
          top = null;
          depth = 0;
          owner = null;
          try {
            if (!waiters.isEmpty()) {
              wakeOne();
            }
          } catch (Throwable ignored) {
            // a parked waiter sees it at its next timed check
          }
        }
      }
      // Each clean-up step on its own: one failing must not skip the others.
      if (spinning) {
        try {
          spinners.decrementAndGet();
        } catch (Throwable ignored) {
          // at worst one spinner slot fewer
        }
      }
      try {
        // O(1) at the head; elsewhere the entry is left for the next wake-up to prune (it is
        // finished now), since removing it from the middle scans the queue: quadratic with
        // thousands of (virtual) waiters.
        if (waiters.peek() == w) {
          waiters.poll();
        }
      } catch (Throwable ignored) {
        // the entry is finished; the next wake-up prunes it
      }
      try {
        if (dropRequest == w) {
          DROP.compareAndSet(this, w, null);
        }
      } catch (Throwable ignored) {
        // a claim of a finished waiter fails its grant and moves on
      }
      if (interrupted) {
        try {
          me.interrupt();
        } catch (Throwable ignored) {
          // nothing better to do
        }
      }
    }
    try {
      long waited = System.nanoTime() - start;
      if (GilMonitor.watching) {
        GilMonitor.waited(waited, abandoned != null); // statistics and sites
      }
      if (event != null) {
        GilMonitor.endWait(event, holder);
      }
      if (abandoned != null) {
        GilMonitor.reportAbandoned(me, abandoned, waited);
      }
    } catch (Throwable ignored) {
      // statistics, JFR and diagnostics never disturb the lock
    }
  }

  /**
   * Posts {@code w}'s drop request if the slot is free or holds a request {@code w} outranks (a
   * returning thread beats a yielded one; among equals the longer waiter wins, so nobody starves).
   */
  private void postRequest(GilWaiter w) {
    GilWaiter cur = dropRequest;
    if ((cur == null || w.outranks(cur) || cur.finished()) && DROP.compareAndSet(this, cur, w)) {
      if (GilMonitor.statsEnabled) {
        try {
          GilMonitor.counters.dropRequested();
        } catch (Throwable ignored) {
          // statistics only
        }
      }
    }
  }
}
