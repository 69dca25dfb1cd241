package org.gil4j;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param sites what each call site held and waited, the most time held first; counted while
 *     {@linkplain Gil#setSiteSampling site telemetry} or a {@linkplain Gil#setHoldBudget hold
 *     budget} is on, whether or not statistics are enabled (see {@link GilSite})
 */
public record GilStats(
    long holds,
    long contendedAcquires,
    Duration totalWait,
    Duration totalHold,
    long switches,
    long dropRequests,
    long abandonedHolds,
    List<GilSite> sites) {

  /** Checks the durations are present and copies the sites. */
  public GilStats {
    Objects.requireNonNull(totalWait, "totalWait");
    Objects.requireNonNull(totalHold, "totalHold");
    sites = List.copyOf(sites);
  }

  /**
   * A snapshot without per-site entries.
   *
   * @param holds see the record
   * @param contendedAcquires see the record
   * @param totalWait see the record
   * @param totalHold see the record
   * @param switches see the record
   * @param dropRequests see the record
   * @param abandonedHolds see the record
   */
  public GilStats(
      long holds,
      long contendedAcquires,
      Duration totalWait,
      Duration totalHold,
      long switches,
      long dropRequests,
      long abandonedHolds) {
    this(
        holds,
        contendedAcquires,
        totalWait,
        totalHold,
        switches,
        dropRequests,
        abandonedHolds,
        List.of());
  }

  /**
   * The entry of the site whose description starts with {@code prefix} (for example {@code
   * "com.example.World.tick("}), if there is one; the first such in {@link #sites()} order.
   *
   * @param prefix the start of {@link GilSite#site()}
   * @return that site's entry, or empty
   */
  public Optional<GilSite> site(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    for (GilSite s : sites) {
      if (s.site().startsWith(prefix)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
