package org.gil4j;

import java.util.List;
import java.util.Objects;

/**
 * A problem the lock noticed at run time, handed to the {@link Gil#setDiagnosticListener listener}
 * and logged at WARNING to the {@link System.Logger} named {@code org.gil4j}.
 *
 * @param kind what happened
 * @param message a human-readable explanation, including the holder's stack for {@link
 *     Kind#LONG_WAIT}
 * @param holderThreadName the thread that held the lock (for {@link Kind#ABANDONED}: the thread
 *     that ended while holding it; for {@link Kind#HOLD_BUDGET}: the thread that overran)
 * @param holderStack the holder's stack when the diagnostic was made; empty when not available (a
 *     dead thread has none); for {@link Kind#HOLD_BUDGET} it starts at the site that overran
 */
public record GilDiagnostic(
    Kind kind, String message, String holderThreadName, List<StackTraceElement> holderStack) {

  /** The kinds of diagnostic. */
  public enum Kind {
    /**
     * A thread waited much longer than the switch interval ({@link Gil#setLongWaitThreshold}):
     * usually a holder that waits for threads that need the lock. Reported once per holder episode.
     */
    LONG_WAIT,
    /** A thread ended while holding the lock; the next waiter took it over. */
    ABANDONED,
    /**
     * A hold lasted longer than the {@linkplain Gil#setHoldBudget hold budget}: the message names
     * the site and the overrun, the stack starts at the site. Reported at most once a second.
     */
    HOLD_BUDGET
  }

  /** Checks the components are present and copies the stack. */
  public GilDiagnostic {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(holderThreadName, "holderThreadName");
    holderStack = List.copyOf(holderStack);
  }
}
