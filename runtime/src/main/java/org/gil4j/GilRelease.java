package org.gil4j;

import org.jspecify.annotations.Nullable;

/**
 * A lock-free scope opened by {@link GilToken#release()} or {@link Gil#releaseIfHeld()}; closing it
 * takes the lock back at the depth it had when released (nothing to take back when it was not
 * held). Use it in try-with-resources on the thread that opened it.
 *
 * <p>Closing is uninterruptible, preserves the interrupt status, and has priority over threads that
 * kept running under the lock (see {@link Gil}). A close that is refused (on another thread, a
 * second time, or from inside a nested scope that holds the lock again) throws {@link
 * IllegalStateException} and changes nothing.
 */
@SuppressWarnings("gil") // keeps the token chain it restores; see GilSync
public final class GilRelease implements AutoCloseable {
  private static final GilSync SYNC = GilSync.INSTANCE;

  /* Written by the opening thread only, before and after its release (see GilSync). */
  final Thread thread;
  final String scope;
  /** The depth given up; 0 when the thread did not hold the lock (nothing to take back). */
  int savedDepth;
  /** The innermost token when the lock was given up; null when nothing was held. */
  @Nullable GilToken savedTop;
  /** Set once the lock was taken back (or there was nothing to take back). */
  boolean closed;

  GilRelease(Thread thread, String scope) {
    this.thread = thread;
    this.scope = scope;
  }

  /**
   * Re-acquires the lock at the depth it had when released.
   *
   * @throws IllegalStateException if called on another thread than the one that opened the scope,
   *     twice, or while this thread holds the lock again through a scope opened inside this one
   */
  @Override
  public void close() {
    Thread me = Thread.currentThread();
    if (me != thread) {
      throw new IllegalStateException(
          "GilRelease closed on thread '"
              + me.getName()
              + "' but it was opened on thread '"
              + thread.getName()
              + "'"
              + origin());
    }
    if (closed) {
      throw new IllegalStateException("GilRelease closed twice" + origin());
    }
    if (savedDepth == 0) {
      closed = true; // nothing was held: nothing to take back
      return;
    }
    if (SYNC.owner == me) {
      throw new IllegalStateException(
          "GilRelease closed from inside a nested scope: this thread holds the lock again at depth "
              + SYNC.depth
              + " through a token opened inside the release scope; close that token first"
              + origin());
    }
    GilToken saved = savedTop;
    if (saved != null && saved.closed) {
      throw new IllegalStateException(
          "GilRelease closed after the scope around it ended (its token was closed)" + origin());
    }
    try {
      SYNC.resume(me, this, null);
    } catch (Throwable e) {
      GilToken sv = savedTop; // inline, no call: there may be no stack left
      if (!closed && sv != null && SYNC.owner != me && sv.root.lost == null) {
        sv.root.lost = this; // the next use of a token of the hold takes it back
      }
      throw e;
    }
  }

  private String origin() {
    return " (thread '" + thread.getName() + "', scope " + scope + ", depth " + savedDepth + ")";
  }

  @Override
  public String toString() {
    return "GilRelease" + origin() + (closed ? " closed" : "");
  }
}
