package org.gil4j;

import java.time.Duration;
import java.util.Objects;

/**
 * An immutable snapshot of the lock's statistics, from {@link Gil#stats()}. Counted only while
 * {@link Gil#setStatsEnabled(boolean) statistics are enabled} (off by default); {@link
 * Gil#resetStats()} starts a new period. Taken without stopping the lock, so under contention the
 * fields may be a few events apart; once the threads are quiet (joined) they are exact.
 *
 * @param holds times a thread took the lock at depth 0 (re-entrant acquires are not counted; a
 *     checkpoint hand-off and the re-take after it count as a new hold each)
 * @param contendedAcquires holds that had to wait in the slow path
 * @param totalWait time spent waiting by the contended acquires
 * @param totalHold time the lock was held, summed over holds
 * @param switches holds taken by a thread other than the previous holder
 * @param dropRequests drop requests posted by waiters (see {@link Gil})
 * @param abandonedHolds holds taken over from a thread that ended while holding the lock
 */
public record GilStats(
    long holds,
    long contendedAcquires,
    Duration totalWait,
    Duration totalHold,
    long switches,
    long dropRequests,
    long abandonedHolds) {

  /** Checks the durations are present. */
  public GilStats {
    Objects.requireNonNull(totalWait, "totalWait");
    Objects.requireNonNull(totalHold, "totalHold");
  }
}
