/**
 * gil4j's run-time lock: {@link org.gil4j.Gil} (the process-wide lock), {@link org.gil4j.GilToken}
 * (proof of holding it), {@link org.gil4j.GilRelease} (a lock-free scope), {@link
 * org.gil4j.Unbound} (a lock-bound value carried through lock-free code), statistics ({@link
 * org.gil4j.GilStats}) and diagnostics ({@link org.gil4j.GilDiagnostic}). The public classes
 * validate tokens and delegate to one package-private state machine, {@code GilSync}.
 *
 * <h2>Design note</h2>
 *
 * <pre>
 *   fields (GilSync)            written by                     read by
 *   owner       volatile Thread CAS null->T (acquire, barging)  everyone
 *                               CAS dead->T (take-over)
 *                               holder: T->null (release), T->W (hand-off)
 *   depth       int             owner only                     owner only
 *   dropRequest volatile Waiter waiter: CAS null->W (or displace holder, at checkpoint/release/exit
 *                               a non-priority W'); holder: CAS W->null when claiming it
 *   holdSeq     int             owner: +1 at every fresh take  waiters (one long hold or many)
 *   switches    volatile long   new owner when it differs      statistics, long-wait reports
 *   waiters     lock-free queue each waiter adds/removes itself releaser (wake one parked waiter)
 *
 *   waiter W:  spin (bounded, at most ncpu-1 spinners) -> post request when due -> park(timeout)
 *                 ^                                                         |
 *                 +---- owner == null ? CAS : owner dead ? take over : -----+
 *   holder H at checkpoint/allowThreads/outermost close with a request pending:
 *      claim W (slot W->null, W.state WAITING->GRANTED), depth=0, owner=W, unpark W
 *      (checkpoint only) H waits as a normal waiter: it cannot barge back, W runs first
 * </pre>
 *
 * <p>Invariants: at most one thread sees {@code owner == itself}; {@code owner} never passes
 * through null during a hand-off, so a granted waiter never competes; a GRANTED waiter never
 * cancels and a CANCELLED one is never given the lock; every park has a timeout of at most one
 * switch interval (and 50 ms), so a lost wake-up, a dead owner or an overdue request costs that
 * much at most. Memory: the owner word is written with volatile (or CAS) semantics on every change
 * of hands, which orders all owner-only fields (depth, hold timing) for the next owner.
 *
 * <p>Priorities and adaptation: the owner bumps {@code holdSeq} (a plain write) at every fresh
 * take, so a waiter can tell one long hold from a stream of brief ones. A waiter that returns from
 * lock-free code or acquires fresh (depth 0) is a <em>priority</em> waiter: once it has seen one
 * and the same hold for {@code COMPUTE_NANOS} (5 µs) it takes the holder for a computing one and
 * posts an <em>early</em> request, honoured at the holder's next checkpoint or release scope (at a
 * plain scope exit the lock is simply free, and the spinning requester takes it). Every waiter
 * posts a <em>late</em> request once it has waited a whole switch interval, counted from the start
 * of its wait; late requests are honoured at scope exits too. A priority request displaces a
 * normal one; among equals the older wins. Spinning: a waiter with a posted request spins for the
 * hand-off; without one it spins while the holds it sees are brief and few ({@code MAX_PASSES}),
 * then parks until a release wakes it. With a yield grace set, a thread that yielded to a priority
 * waiter does not CAS a free lock until the grace has passed since its yield.
 *
 * <p>Cost model: uncontended acquire = one volatile read, one CAS and one plain write; release =
 * two volatile reads and one volatile write (plus a queue-emptiness check); re-entrant acquire =
 * one volatile read;
 * {@code checkpoint()} without a request = one volatile read. Statistics and JFR add one flag test
 * each when off.
 *
 * <p>Observation (statistics, per-site telemetry, hold budgets, chaos mode) lives outside the
 * state machine, in {@code GilMonitor}, {@code GilSites}, {@code GilSiteTable}, {@code GilBudget}
 * and {@code GilChaos}. {@code GilSync} calls into it at four points, each guarded so that an
 * error there never disturbs the lock: when a thread takes the lock at depth 0 (one volatile
 * flag, {@code GilMonitor.watching}, true while anything watches; the hold's start time is then
 * recorded), when a hold ends (only if its start time was recorded), after a full release (same
 * condition; chaos mode's pause) and after a contended acquire. A checkpoint tests the hold's start
 * time (a plain owner-only field) before it looks for chaos mode. Per-site counters are written
 * by the owner only, like the statistics, so they need no atomics.
 */
@NullMarked
package org.gil4j;

import org.jspecify.annotations.NullMarked;
