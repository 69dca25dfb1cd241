package org.gil4j;

/**
 * Thrown by {@link Gil#acquire(java.time.Duration)} when the lock could not be taken in time. The
 * waiting thread does not hold the lock afterwards (its hold depth is unchanged) and its interrupt
 * status is preserved.
 */
public final class GilTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The name of the thread that held the lock when the wait gave up. */
  private final String holderThreadName;

  GilTimeoutException(Thread waiter, Thread holder, long waitedNanos) {
    super(
        "thread '"
            + waiter.getName()
            + "' timed out after "
            + GilMonitor.millis(waitedNanos)
            + " waiting for the GIL, held by thread '"
            + holder.getName()
            + "'");
    this.holderThreadName = holder.getName();
  }

  /**
   * The name of the thread that held the lock when the wait gave up.
   *
   * @return the holder's name
   */
  public String holderThreadName() {
    return holderThreadName;
  }
}
