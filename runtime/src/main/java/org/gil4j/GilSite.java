package org.gil4j;

import java.time.Duration;
import java.util.Objects;

/**
 * What the lock saw at one call site, from {@link GilStats#sites()}: the holds that ended there (a
 * sample of them), the contended acquires made there (all of them) and the holds there that overran
 * the {@linkplain Gil#setHoldBudget hold budget} (all of them). Counted while {@linkplain
 * Gil#setSiteSampling site telemetry} or a hold budget is on; immutable.
 *
 * <p>The site is the first frame on the stack that is neither the runtime's own code nor a
 * generated wrapper: for {@code withGil}, {@code runWithGil} and a try-with-resources {@code
 * acquire} its caller (the hold ends where it was opened), for a generated {@code @WithGil} wrapper
 * the wrapper's caller. A hold that a release point ends ({@code allowThreads}, {@code release()},
 * a checkpoint that hands over) counts at the caller of that release point, and the hold that
 * starts when such a release ends counts where it ends in turn.
 *
 * @param site the frame, as {@code class.method(File.java:line)}; {@code "(other sites)"} sums up
 *     every site beyond the first 1,000
 * @param holds holds that ended at this site and were in the sample (every hold when sampling one
 *     in one; with one in {@code n}, about {@code 1/n} of them)
 * @param totalHold time held, summed over {@link #holds}
 * @param maxHold the longest hold seen here, sampled or over budget
 * @param contendedAcquires acquires at this site that had to wait (every one)
 * @param totalWait time those acquires waited
 * @param maxWait the longest of those waits
 * @param budgetOverruns holds at this site longer than the hold budget (every one)
 * @param maxOverrun how far the worst of them overran the budget
 */
public record GilSite(
    String site,
    long holds,
    Duration totalHold,
    Duration maxHold,
    long contendedAcquires,
    Duration totalWait,
    Duration maxWait,
    long budgetOverruns,
    Duration maxOverrun) {

  /** Checks the components are present. */
  public GilSite {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(totalHold, "totalHold");
    Objects.requireNonNull(maxHold, "maxHold");
    Objects.requireNonNull(totalWait, "totalWait");
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(maxOverrun, "maxOverrun");
  }
}
