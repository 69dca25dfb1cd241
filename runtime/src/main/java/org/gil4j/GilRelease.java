package org.gil4j;

/**
 * A lock-free scope opened by {@link GilToken#release()} or {@link Gil#releaseIfHeld()}; closing it
 * takes the lock back at the depth it had when released (nothing to take back when it was not
 * held). Use it in try-with-resources on the thread that opened it.
 *
 * <p>Closing is uninterruptible, preserves the interrupt status, and has priority over threads that
 * kept running under the lock (see {@link Gil}). Closing twice does nothing the second time.
 */
public final class GilRelease implements AutoCloseable {
  private final Thread thread;
  private final int depth;
  private boolean closed; // thread-confined

  GilRelease(Thread thread, int depth) {
    this.thread = thread;
    this.depth = depth;
  }

  /**
   * Re-acquires the lock at the depth it had when released.
   *
   * @throws IllegalStateException if called on another thread than the one that opened the scope
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
              + "'");
    }
    if (!closed) {
      closed = true;
      GilSync.INSTANCE.restore(me, depth);
    }
  }
}
