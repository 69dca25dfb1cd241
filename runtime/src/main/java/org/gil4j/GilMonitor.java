package org.gil4j;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Everything that watches the lock without being part of it: the statistics switch and counters,
 * the JFR probes, and the diagnostics sink (a {@link System.Logger} named {@code org.gil4j} plus
 * one optional listener). Each hook is a single flag test when nobody looks.
 */
final class GilMonitor {
  /** Logger every diagnostic goes to, at WARNING. */
  static final System.Logger LOGGER = System.getLogger("org.gil4j");

  /**
   * Whether the {@code jdk.jfr} module is present; a jlink'ed image may leave it out, and then the
   * event classes are never loaded.
   */
  static final boolean JFR = ModuleLayer.boot().findModule("jdk.jfr").isPresent();

  /** Never committed; asked only whether JFR records hold events. Null without JFR. */
  private static final @Nullable GilHoldEvent HOLD_PROBE = JFR ? new GilHoldEvent() : null;

  /** Never committed; asked only whether JFR records wait events. Null without JFR. */
  private static final @Nullable GilWaitEvent WAIT_PROBE = JFR ? new GilWaitEvent() : null;

  /** Never committed; asked only whether JFR records budget overruns. Null without JFR. */
  private static final @Nullable GilBudgetEvent BUDGET_PROBE = JFR ? new GilBudgetEvent() : null;

  /**
   * Whether anything needs holds timed: statistics, site telemetry, a hold budget or chaos mode.
   * The one flag the lock's paths read when a thread takes the lock; all off, it is false and
   * nothing is timed.
   */
  static volatile boolean watching; // == statsEnabled || sites || budget || chaos; see rewatch()

  static volatile boolean statsEnabled; // default off
  static volatile GilCounters counters = new GilCounters(); // swapped whole by resetStats
  static volatile @Nullable Consumer<GilDiagnostic> listener; // null: logger only

  private GilMonitor() {}

  /** Recomputes {@link #watching} after a setting changed. */
  static void rewatch() {
    watching =
        statsEnabled
            || GilSites.sampleEvery > 0
            || GilBudget.budgetNanos > 0
            || GilChaos.active != null;
  }

  /** A thread took the lock at depth 0 (only while {@link #watching}). */
  static void tookLock(boolean switched) {
    if (statsEnabled) {
      counters.tookLock(switched);
    }
  }

  /**
   * The owner held the lock for {@code nanos} and is about to let go (only while {@link
   * #watching}): the statistics, the site sample and the budget.
   */
  static void heldFor(long nanos) {
    GilCounters c = counters;
    if (statsEnabled) {
      c.heldFor(nanos);
    }
    boolean sampled = GilSites.sampleThisHold();
    long budget = GilBudget.budgetNanos;
    if (budget > 0 && nanos > budget) {
      String site = GilSites.siteHere();
      c.sites.held(site, nanos, sampled);
      c.sites.overran(site, nanos - budget);
      GilBudget.overran(site, nanos, budget);
    } else if (sampled) {
      c.sites.held(GilSites.siteHere(), nanos, true);
    }
  }

  /**
   * The new owner waited {@code nanos} in the slow path (only while {@link #watching}); with site
   * telemetry on, the site of every contended acquire is found and counted.
   */
  static void waited(long nanos, boolean tookOverAbandoned) {
    GilCounters c = counters;
    if (statsEnabled) {
      c.waited(nanos, tookOverAbandoned);
    }
    if (GilSites.sampleEvery > 0) {
      c.sites.waited(GilSites.siteHere(), nanos);
    }
  }

  /**
   * After {@code me} let the lock go completely, if the hold was timed: chaos mode's pause, if it
   * is on.
   */
  static void released(GilSync sync, Thread me) {
    GilChaos chaos = GilChaos.active;
    if (chaos != null) {
      chaos.afterRelease(sync, me);
    }
  }

  /** Ends a JFR hold event; commits it, with its site, if it passes the recording's threshold. */
  static void commitHold(GilHoldEvent e) {
    e.end();
    if (e.shouldCommit()) {
      e.site = GilSites.siteHere();
      e.commit();
    }
  }

  /** Whether a JFR recording wants budget-overrun events. */
  static boolean recordingBudgets() {
    GilBudgetEvent probe = BUDGET_PROBE;
    return probe != null && probe.isEnabled();
  }

  /** Commits a budget-overrun event for a hold of {@code heldNanos} that ends now. */
  static void commitBudget(String site, long heldNanos, long budget, long over) {
    GilBudgetEvent e = new GilBudgetEvent();
    if (e.shouldCommit()) {
      e.site = site;
      e.budget = budget;
      e.overrun = over;
      e.commit(); // duration 0: the overrun and budget fields carry the times
    }
  }

  /** Whether a JFR recording wants hold events (one flag test when not). */
  static boolean recordingHolds() {
    GilHoldEvent probe = HOLD_PROBE;
    return probe != null && probe.isEnabled();
  }

  /** Starts a JFR hold event; called only when {@link #recordingHolds()}. */
  static GilHoldEvent beginHold() {
    GilHoldEvent e = new GilHoldEvent();
    e.begin();
    return e;
  }

  /** Starts a JFR wait event if a recording wants them, else returns null. */
  static @Nullable GilWaitEvent beginWaitIfRecording(boolean priority) {
    GilWaitEvent probe = WAIT_PROBE;
    return probe != null && probe.isEnabled() ? beginWait(priority) : null;
  }

  /** Starts a JFR wait event. */
  private static GilWaitEvent beginWait(boolean priority) {
    GilWaitEvent e = new GilWaitEvent();
    e.priority = priority;
    e.begin();
    return e;
  }

  /** Commits a JFR wait event naming the thread that held the lock while we waited. */
  static void endWait(GilWaitEvent e, @Nullable Thread holder) {
    e.end();
    if (e.shouldCommit()) {
      e.holder = holder == null ? null : holder.getName();
      e.site = GilSites.siteHere();
      e.commit();
    }
  }

  /** Reports a waiter stuck far beyond the switch interval: the holder may be deadlocked. */
  static void reportLongWait(Thread waiter, Thread holder, long waitedNanos, long intervalNanos) {
    List<StackTraceElement> stack = List.of(holder.getStackTrace());
    StringBuilder m = new StringBuilder(256);
    m.append("thread '")
        .append(waiter.getName())
        .append("' has waited ")
        .append(millis(waitedNanos))
        .append(" for the GIL, held by thread '")
        .append(holder.getName())
        .append("' (switch interval ")
        .append(millis(intervalNanos))
        .append("). If the holder waits for threads that need the lock, release it first with")
        .append(" gil.allowThreads(..). Holder stack:");
    appendStack(m, stack);
    dispatch(
        new GilDiagnostic(GilDiagnostic.Kind.LONG_WAIT, m.toString(), holder.getName(), stack));
  }

  /** Reports that {@code dead} ended while holding the lock and {@code heir} took it over. */
  static void reportAbandoned(Thread heir, Thread dead, long waitedNanos) {
    String m =
        "thread '"
            + dead.getName()
            + "' ended while holding the GIL and never released it; thread '"
            + heir.getName()
            + "' took it over after waiting "
            + millis(waitedNanos)
            + ". Close every GilToken (try-with-resources) before a thread ends.";
    dispatch(new GilDiagnostic(GilDiagnostic.Kind.ABANDONED, m, dead.getName(), List.of()));
  }

  /**
   * Logs the diagnostic and hands it to the listener. Whatever either throws, {@code Error}s
   * included, is caught: a diagnostic never disturbs the lock.
   */
  static void dispatch(GilDiagnostic d) {
    try {
      LOGGER.log(Level.WARNING, d.message());
    } catch (Throwable ignored) {
      // a broken logging set-up must not break the lock
    }
    Consumer<GilDiagnostic> l = listener;
    if (l != null) {
      try {
        l.accept(d);
      } catch (Throwable e) {
        try {
          LOGGER.log(Level.WARNING, "GIL diagnostic listener failed", e);
        } catch (Throwable ignored) {
          // nothing left to tell it to
        }
      }
    }
  }

  static void appendStack(StringBuilder m, List<StackTraceElement> stack) {
    if (stack.isEmpty()) {
      m.append(" (not available)");
    }
    for (StackTraceElement e : stack) {
      m.append(System.lineSeparator()).append("\tat ").append(e);
    }
  }

  /** Formats nanoseconds as milliseconds with one decimal, e.g. "5.0 ms". */
  static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
  }
}
