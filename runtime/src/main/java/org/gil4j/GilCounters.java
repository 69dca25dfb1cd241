package org.gil4j;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The statistics of one stats period. All fields but {@link #dropRequests} are written only by the
 * current owner of the lock (the owner word serialises the writers); readers take a racy but
 * tear-free snapshot through the volatile fields.
 */
final class GilCounters {
  private volatile long holds; // owner-written
  private volatile long contended; // owner-written
  private volatile long waitNanos; // owner-written
  private volatile long holdNanos; // owner-written
  private volatile long switches; // owner-written
  private volatile long abandoned; // owner-written
  private final AtomicLong dropRequests = new AtomicLong(); // written by waiters

  /** The per-site counters of this period. */
  final GilSiteTable sites = new GilSiteTable();

  /** A thread took the lock at depth 0; {@code switched} when it differs from the last owner. */
  void tookLock(boolean switched) {
    holds++;
    if (switched) {
      switches++;
    }
  }

  /** The owner waited {@code nanos} in the slow path before it took the lock. */
  void waited(long nanos, boolean tookOverAbandoned) {
    contended++;
    waitNanos += nanos;
    if (tookOverAbandoned) {
      abandoned++;
    }
  }

  /** The owner held the lock for {@code nanos} and is letting go. */
  void heldFor(long nanos) {
    holdNanos += nanos;
  }

  /** A waiter posted a drop request. */
  void dropRequested() {
    dropRequests.incrementAndGet();
  }

  /** An immutable copy. */
  GilStats snapshot() {
    return new GilStats(
        holds,
        contended,
        Duration.ofNanos(waitNanos),
        Duration.ofNanos(holdNanos),
        switches,
        dropRequests.get(),
        abandoned,
        sites.snapshot());
  }
}
