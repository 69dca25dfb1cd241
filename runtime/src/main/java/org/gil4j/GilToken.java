package org.gil4j;

import java.util.Objects;
import org.gil4j.annotations.NoGil;
import org.jspecify.annotations.Nullable;

/**
 * Proof that the current thread holds the lock, like PyO3's {@code Python<'py>} token. A token is
 * valid only on the thread that acquired it, only until its scope closes, and only while that
 * thread actually holds the lock for it (not inside its own {@link #allowThreads} or {@link
 * #release()} scope, not even when a nested scope in there took the lock again). Every method
 * checks this and throws {@link IllegalStateException} naming the thread and the scope the token
 * came from; this is the run-time backstop for code compiled without the checker.
 *
 * <p>Tokens are cheap, thread-confined objects; do not store or share them. Nested acquisitions
 * return nested tokens, which must be closed in reverse order (try-with-resources does that). A
 * close that is refused (another thread, a second close, an inner token still open, inside a
 * release scope) changes nothing: the lock and every token stay as they were.
 */
public final class GilToken implements AutoCloseable {
  private static final GilSync SYNC = GilSync.INSTANCE;

  /*
   * Fields below are written by the owning thread only, and only while it owns the lock (or
   * before the token is published): the owner word orders them like GilSync's owner-only fields.
   */
  final Thread thread;
  final String scope;
  /** The token that was innermost when this one opened (same hold), or null at depth 1. */
  @Nullable GilToken parent;
  /** The depth-1 token of this hold: tokens of one hold share it; a release scope ends it. */
  GilToken root;
  /** The hold depth this token opened at; set when the level is taken. */
  int depth;
  /** Set after the level was given up (never before), or when an enclosing scope ended. */
  boolean closed;
  /**
   * On a root token: the hold an error kept its thread from taking back after a release, to be
   * taken back at the next use of a token of the hold; null normally.
   */
  @Nullable GilRelease lost;

  @SuppressWarnings("gil") // a token is the root of its own chain
  GilToken(Thread thread, String scope) {
    this.thread = thread;
    this.scope = scope;
    this.root = this;
  }

  /**
   * Runs {@code body} with the lock released completely, whatever the hold depth, and takes it back
   * at the same depth afterwards, also when {@code body} throws (the exception passes through
   * unchanged). The release hands the lock to a thread that asked for it, if any; taking it back
   * has priority (see {@link Gil}). Taking it back is uninterruptible and preserves the interrupt
   * status. Everything before the call happens-before whatever the next holder does, and everything
   * other holders did happens-before the code after the call.
   *
   * <p>Scopes the body opened and left open end with it: the lock is brought back to this token's
   * depth, and an {@link IllegalStateException} saying so is thrown (or added as suppressed to what
   * the body threw).
   *
   * @param <R> the result type
   * @param <X> what the body may throw
   * @param body the lock-free code; it must not touch lock-bound objects
   * @return what {@code body} returned
   * @throws X whatever {@code body} throws, unchanged, after the lock was taken back
   * @throws IllegalStateException if this token is not valid here (see the class description)
   */
  // The error fallback re-links the hold's chain of tokens with field writes, as GilSync does;
  // the body's throwable is rethrown as X with a cast, not a call.
  @SuppressWarnings({"gil", "unchecked"})
  public <R, X extends Throwable> R allowThreads(@NoGil NoGilSupplier<R, X> body) throws X {
    Objects.requireNonNull(body, "body");
    Thread me = checkValid();
    GilRelease r = new GilRelease(me, "allowThreads");
    SYNC.suspend(me, r);
    R result = null;
    Throwable thrown = null;
    try {
      result = body.get();
    } catch (Throwable t) {
      thrown = t;
    }
    try {
      SYNC.resume(me, r, thrown);
    } catch (Throwable e) {
      GilToken sv = r.savedTop; // inline, no call: there may be no stack left
      if (!r.closed && sv != null) {
        if (SYNC.owner != me) {
          if (sv.root.lost == null) {
            sv.root.lost = r; // the next use of a token of the hold takes it back
          }
        } else if (SYNC.top != sv) {
          // A scope opened inside this one holds the lock (the take-back found it still
          // open, and no room was left to end it): it ends here, the saved depth returns.
          GilSync s = SYNC;
          for (GilToken k = s.top; k != null && k != sv; k = k.parent) {
            k.closed = true;
          }
          s.depth = r.savedDepth;
          s.top = sv;
          r.closed = true;
        }
      }
      if (thrown == null) {
        throw e;
      }
    }
    if (thrown != null) {
      throw (X) thrown; // the body's own throwable, unchanged (an X or unchecked); no call
    }
    return result;
  }

  /**
   * Runs {@code body} with the lock released completely; see {@link #allowThreads(NoGilSupplier)}.
   *
   * @param <X> what the body may throw
   * @param body the lock-free code; it must not touch lock-bound objects
   * @throws X whatever {@code body} throws, unchanged, after the lock was taken back
   * @throws IllegalStateException if this token is not valid here
   */
  // The error fallback re-links the hold's chain of tokens with field writes, as GilSync does;
  // the body's throwable is rethrown as X with a cast, not a call.
  @SuppressWarnings({"gil", "unchecked"})
  public <X extends Throwable> void allowThreads(@NoGil NoGilRunnable<X> body) throws X {
    Objects.requireNonNull(body, "body");
    Thread me = checkValid();
    GilRelease r = new GilRelease(me, "allowThreads");
    SYNC.suspend(me, r);
    Throwable thrown = null;
    try {
      body.run();
    } catch (Throwable t) {
      thrown = t;
    }
    try {
      SYNC.resume(me, r, thrown);
    } catch (Throwable e) {
      GilToken sv = r.savedTop; // inline, no call: there may be no stack left
      if (!r.closed && sv != null) {
        if (SYNC.owner != me) {
          if (sv.root.lost == null) {
            sv.root.lost = r; // the next use of a token of the hold takes it back
          }
        } else if (SYNC.top != sv) {
          // A scope opened inside this one holds the lock (the take-back found it still
          // open, and no room was left to end it): it ends here, the saved depth returns.
          GilSync s = SYNC;
          for (GilToken k = s.top; k != null && k != sv; k = k.parent) {
            k.closed = true;
          }
          s.depth = r.savedDepth;
          s.top = sv;
          r.closed = true;
        }
      }
      if (thrown == null) {
        throw e;
      }
    }
    if (thrown != null) {
      throw (X) thrown; // the body's own throwable, unchanged (an X or unchecked); no call
    }
  }

  /**
   * Releases the lock completely until the returned scope is closed, which takes it back at the
   * same depth; the scope form of {@link #allowThreads(NoGilRunnable)}, for use in
   * try-with-resources only. This token is invalid until then.
   *
   * @return the release scope
   * @throws IllegalStateException if this token is not valid here
   */
  public GilRelease release() {
    Thread me = checkValid();
    GilRelease r = new GilRelease(me, "GilToken.release()");
    SYNC.suspend(me, r);
    return r;
  }

  /**
   * Detaches {@code value} from the lock so it can be carried through lock-free code, like PyO3's
   * {@code unbind()}; get it back with {@link Unbound#bind(GilToken)} under the lock.
   *
   * @param <T> the value's type
   * @param value the lock-bound value
   * @return a handle that is safe without the lock
   * @throws IllegalStateException if this token is not valid here
   * @throws NullPointerException if {@code value} is null
   */
  public <T> Unbound<T> unbind(T value) {
    checkValid();
    return new Unbound<>(value);
  }

  /**
   * Lets a waiting thread run if one asked for the lock (a drop request, see {@link Gil}): hands
   * the lock over directly, waits until it is free for this thread again and restores the same
   * depth. Without a request this is a single volatile read. Call it between slices of long work
   * under the lock. The wait is uninterruptible and preserves the interrupt status; this thread
   * re-takes the lock with normal priority, so another CPU-bound thread keeps it for a switch
   * interval.
   *
   * @throws IllegalStateException if this token is not valid here
   */
  public void checkpoint() {
    SYNC.checkpoint(checkValid());
  }

  /**
   * Ends this token's scope and gives up one level of the lock; at depth 0 the lock is released
   * (handed to a thread that posted a drop request, if any). The level is given up before the token
   * counts as closed, so a failure part-way leaves the token open and the level held, never a
   * closed token over a held level.
   *
   * @throws IllegalStateException if called on another thread, twice, inside a release scope, or
   *     out of order (an inner token still open); nothing changes then
   */
  @Override
  @SuppressWarnings("gil") // unlinks itself from the chain; see GilSync
  public void close() {
    Thread me = Thread.currentThread();
    GilSync s = SYNC;
    if (me != thread || closed || s.owner != me || s.top != this) {
      GilRelease l = root.lost;
      if (me == thread && !closed && l != null && !l.closed && l.savedTop == this && s.owner != me) {
        // The hold an error kept this thread from taking back has this token innermost: closing
        // it needs no lock. Field writes only (this may run with no stack left): the noted hold
        // shrinks by this level, or, at depth 1, is over (recovery sees its token closed).
        if (depth > 1) {
          l.savedTop = parent;
          l.savedDepth = depth - 1;
        } else {
          root.lost = null;
        }
        closed = true;
        return;
      }
      if (!(me == thread && !closed && recoverLost(me) && s.top == this)) {
        throw closeRefused(me);
      }
    }
    if (depth > 1) {
      s.depth = depth - 1;
      s.top = parent;
    } else {
      Throwable detachFailure;
      try {
        detachFailure = s.releaseFully(me, false);
      } catch (Throwable e) {
        detachFailure = null;
        // Only a StackOverflowError at that very call can get here (releaseFully itself never
        // throws), so nothing has changed yet: release with field writes only, no hand-off and no
        // wake-up (waiters find the lock free at their next timed check).
        if (s.owner == me) {
          s.holdStart = 0;
          s.holdEvent = null;
          s.top = null;
          s.depth = 0;
          s.owner = null;
        }
      }
      closed = true;
      if (detachFailure != null) {
        throw GilToken.<RuntimeException>sneaky(detachFailure); // the lock is given up already
      }
      return;
    }
    closed = true;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }

  /** Returns the current thread if this token may be used on it; throws otherwise. */
  Thread checkValid() {
    Thread me = Thread.currentThread();
    GilSync s = SYNC;
    GilToken t;
    if (me != thread || closed || s.owner != me || (t = s.top) == null || t.root != root) {
      if (!(me == thread && !closed && recoverLost(me) && (t = s.top) != null && t.root == root)) {
        throw invalid(me);
      }
    }
    return me;
  }

  /**
   * If an error kept this token's thread from taking the lock back for its hold, takes it back now
   * (out of line: the checks stay small); returns whether the thread holds the lock.
   */
  private boolean recoverLost(Thread me) {
    GilRelease r = root.lost;
    return r != null && SYNC.owner != me && SYNC.recoverLost(me, r);
  }

  /** Says why this token is not valid on {@code me} (kept out of line: the checks stay small). */
  private IllegalStateException invalid(Thread me) {
    if (me != thread) {
      return new IllegalStateException(
          "GilToken used on thread '"
              + me.getName()
              + "' but it belongs to thread '"
              + thread.getName()
              + "' (scope "
              + scope
              + ", depth "
              + depth
              + ")");
    }
    if (closed) {
      return new IllegalStateException("GilToken used after its scope closed" + origin());
    }
    return new IllegalStateException(
        "GilToken used while its thread has released the lock (inside allowThreads or a"
            + " release() scope)"
            + origin());
  }

  /** Says why {@link #close()} refused; nothing was changed. */
  private IllegalStateException closeRefused(Thread me) {
    if (me != thread) {
      return new IllegalStateException(
          "GilToken closed on thread '"
              + me.getName()
              + "' but it belongs to thread '"
              + thread.getName()
              + "'"
              + origin());
    }
    if (closed) {
      return new IllegalStateException("GilToken closed twice" + origin());
    }
    GilSync s = SYNC;
    GilToken t = s.owner == me ? s.top : null;
    if (t == null || t.root != root) {
      return new IllegalStateException(
          "GilToken closed while its thread has released the lock (inside allowThreads or a"
              + " release() scope; close that scope first)"
              + origin());
    }
    return new IllegalStateException(
        "GilToken closed out of order: it was opened at depth "
            + depth
            + " but the lock is held at depth "
            + s.depthOf(me)
            + " (close inner tokens first)"
            + origin());
  }

  private String origin() {
    return " (thread '" + thread.getName() + "', scope " + scope + ", depth " + depth + ")";
  }

  @Override
  public String toString() {
    return "GilToken" + origin() + (closed ? " closed" : "");
  }
}
