package org.gil4j;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hold-time budgets: a hold longer than {@link #budgetNanos} is counted at its site (in {@link
 * GilSiteTable}), recorded as a JFR {@code org.gil4j.HoldBudget} event, and reported as a {@link
 * GilDiagnostic.Kind#HOLD_BUDGET} diagnostic naming the site and the overrun, at most once per
 * {@link #MIN_GAP_NANOS} over the whole process. All of it runs on the thread that overran, just
 * before it lets the lock go.
 */
final class GilBudget {
  /** The shortest gap between two {@code HOLD_BUDGET} diagnostics. */
  static final long MIN_GAP_NANOS = 1_000_000_000L;

  /** The budget; 0 = off. */
  static volatile long budgetNanos;

  /** Bounds the diagnostics; replaced when the budget is set, so a new budget reports at once. */
  static volatile GilDiagnosticGate gate = new GilDiagnosticGate();

  private static long overruns; // owner-only: the gate's episode, a new one for every overrun

  private GilBudget() {}

  /**
   * A hold of {@code heldNanos} at {@code site} overran {@code budget}; called by the owner. The
   * stack for the diagnostic is taken only when the gate lets one through.
   */
  static void overran(String site, long heldNanos, long budget) {
    long over = heldNanos - budget;
    if (GilMonitor.recordingBudgets()) {
      GilMonitor.commitBudget(site, heldNanos, budget, over);
    }
    long episode = ++overruns;
    if (!gate.admit(episode, System.nanoTime(), MIN_GAP_NANOS)) {
      return;
    }
    Thread me = Thread.currentThread();
    List<StackTraceElement> stack = GilSites.stackFromSite();
    StringBuilder m = new StringBuilder(256);
    m.append("thread '")
        .append(me.getName())
        .append("' held the GIL for ")
        .append(GilMonitor.millis(heldNanos))
        .append(" at ")
        .append(site)
        .append(", ")
        .append(GilMonitor.millis(over))
        .append(" over the hold budget of ")
        .append(GilMonitor.millis(budget))
        .append(". Release it around long work that touches no lock-bound object")
        .append(" (gil.allowThreads(..)), or call gil.checkpoint() in long loops. Stack:");
    GilMonitor.appendStack(m, stack);
    GilMonitor.dispatch(
        new GilDiagnostic(GilDiagnostic.Kind.HOLD_BUDGET, m.toString(), me.getName(), stack));
  }

  /** Reads a budget such as {@code 10ms}, {@code 500us}, {@code 2s} or ISO-8601 {@code PT0.01S}. */
  static java.time.@Nullable Duration parse(String text) {
    String t = text.strip();
    try {
      if (t.endsWith("ms")) {
        return java.time.Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
      }
      if (t.endsWith("us")) {
        return java.time.Duration.ofNanos(
            1_000L * Long.parseLong(t.substring(0, t.length() - 2).strip()));
      }
      if (t.endsWith("s") && !t.startsWith("P") && !t.startsWith("p")) {
        return java.time.Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).strip()));
      }
      return java.time.Duration.parse(t);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
