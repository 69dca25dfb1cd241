package org.gil4j;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.gil4j.annotations.WithGil;
import org.jspecify.annotations.Nullable;

/**
 * The process-wide lock, in the manner of CPython's global interpreter lock. Hold it to touch
 * lock-bound objects, release it around long work that touches none of them, re-acquire it briefly
 * when one must be touched again.
 *
 * <pre>{@code
 * try (GilToken gil = Gil.acquire()) {
 *   world.tick();                                  // held
 *   long n = gil.allowThreads(() -> countWords()); // released, other threads run
 *   world.record(n);                               // held again, same depth
 * }
 * }</pre>
 *
 * <h2>Concurrency contract</h2>
 *
 * <ul>
 *   <li><b>Who may call.</b> Any thread, platform or virtual. Nothing here takes a monitor or
 *       waits on one: waiting parks with {@link java.util.concurrent.locks.LockSupport}, so a
 *       virtual thread never pins its carrier.
 *   <li><b>Reentrancy.</b> A thread that holds the lock acquires it again at once (an owner check);
 *       each acquisition returns a {@link GilToken} to close in reverse order. {@link
 *       GilToken#allowThreads allowThreads} and {@link GilToken#release() release()} give up every
 *       level and restore the same depth afterwards, also when the body throws.
 *   <li><b>Exceptions.</b> Bodies declare a generic {@code throws X}; checked exceptions, runtime
 *       exceptions and errors pass through unchanged and never leave the lock held.
 *   <li><b>Hand-off policy</b> (CPython 3's, adapted to what the holder does). A thread that
 *       finds the lock taken waits at most one {@linkplain #setSwitchInterval switch interval}
 *       (5 ms by default, counted from the start of its wait) and then posts a <em>drop
 *       request</em>. The holder honours it at its next {@link GilToken#checkpoint()}, {@code
 *       allowThreads}/{@code release()} or outermost scope exit by handing the lock directly to
 *       the requester; so the yielding thread cannot take it back before the requester ran (no
 *       starvation), and a thread yielding at a checkpoint then waits like any other.
 *       <em>Priority:</em> a thread coming back from lock-free code (closing a release scope,
 *       returning from {@code allowThreads}) or taking the lock fresh (depth 0, usually after
 *       blocking I/O or computing without it) that sees the current hold last a few microseconds
 *       takes the holder for one that computes and posts its request at once, displacing a pending
 *       request of a thread that was yielded at a checkpoint; among requests of equal rank the
 *       longer waiter wins. Such an early request is honoured at a checkpoint or release; at a
 *       plain scope exit the lock is simply free for the requester, which spins for it. Why: such
 *       a thread typically needs the lock briefly and then releases it again, while the
 *       checkpointing thread is CPU-bound and loses little; without the priority every blocking
 *       operation beside a CPU-bound thread would cost a whole switch interval (the I/O convoy).
 *       A CPU-bound holder that calls {@code checkpoint()} every 50 µs therefore hands over within
 *       about 50 µs, and gets the lock back as soon as the brief holder lets go (it spins for it
 *       while the new holder's hold is short, and parks if that one computes). Behind brief holds
 *       (tiny critical sections) nobody asks early: the lock is free for whoever comes first
 *       between plain releases (barging), a waiter that keeps missing it parks until a release
 *       wakes it, and its request after the interval bounds its wait. Closing an inner
 *       (re-entrant) scope never yields, so a held section is atomic except at its own {@code
 *       checkpoint()}, {@code allowThreads} and {@code release()} calls. An optional {@linkplain
 *       #setYieldGrace yield grace} lets a returning thread keep the lock through several short
 *       lock-free sections, at the CPU-bound thread's expense.
 *   <li><b>Interrupts.</b> Acquiring, timed or not, and taking the lock back after a release are
 *       uninterruptible; an interrupt arriving meanwhile is kept and the thread's interrupt status
 *       is set again when the call returns or throws.
 *   <li><b>Happens-before.</b> Releasing the lock (any full release, including a hand-off)
 *       happens-before every subsequent acquisition of it by another thread, as for {@link
 *       java.util.concurrent.locks.Lock}. Re-entrant acquisitions and releases establish nothing
 *       new.
 *   <li><b>Robustness.</b> A thread that ends while holding the lock does not wedge the process:
 *       the next waiter notices (within a switch interval, 50 ms at most), takes it over and
 *       reports an {@link GilDiagnostic.Kind#ABANDONED ABANDONED} diagnostic naming the dead
 *       thread. A waiter stuck beyond the {@linkplain #setLongWaitThreshold long-wait threshold}
 *       reports a {@link GilDiagnostic.Kind#LONG_WAIT LONG_WAIT} diagnostic with the holder's name
 *       and stack, once per holder episode.
 *   <li><b>Observability.</b> {@linkplain #setSiteSampling Per-site telemetry} says which call
 *       site held the lock and waited for it how long ({@link GilStats#sites()}, and a site in the
 *       JFR events); a {@linkplain #setHoldBudget hold budget} reports the site of a hold that
 *       overran it; {@linkplain #enableChaos chaos mode} (for tests) hands the lock on at every
 *       checkpoint and release so code that relies on lucky scheduling fails. All off by default;
 *       off, they cost the lock nothing beyond the flag statistics always read.
 * </ul>
 *
 * <p>All settings are process-wide and may be changed at any time; waits already in progress keep
 * the values they started with.
 */
public final class Gil {
  private static final GilSync SYNC = GilSync.INSTANCE;

  static {
    warmUp();
    applySystemProperties();
  }

  private Gil() {}

  /**
   * Runs every fast path once when the class is initialized, so their call sites (method handles,
   * var handles, lambdas) are linked while there is stack to spare: linking one for the first time
   * deep in a recursion would otherwise fail with a linkage error instead of the
   * StackOverflowError the operation would have thrown, or cost the stack a hand-off needs.
   */
  @SuppressWarnings({"try", "gil"}) // exercises the lock's own paths once, tokens included
  private static void warmUp() {
    try (GilToken outer = acquire(Duration.ofSeconds(1));
        GilToken inner = acquire()) {
      try (GilRelease r = inner.release()) {
        runWithGil(gil -> {});
      }
      inner.allowThreads(() -> withGil(gil -> gil));
      inner.checkpoint();
      try (GilRelease r = releaseIfHeld()) {
        inner.toString();
      }
    } catch (RuntimeException e) {
      // another thread holds the lock already (a class initialized late): nothing to warm up
    }
  }

  /**
   * Runs {@code body} holding the lock and returns its result. Re-entrant: on a thread that holds
   * the lock already the body runs at once, one level deeper. The token passed to the body is valid
   * only inside it and only on this thread.
   *
   * @param <R> the result type
   * @param <X> what the body may throw
   * @param body the code to run holding the lock
   * @return what {@code body} returned
   * @throws X whatever {@code body} throws, unchanged; the level taken here is released first
   */
  // The "not even room for that call" block below is written out in place on purpose (in
  // runWithGil too): a helper method would be one more call, which is exactly what cannot be made
  // there. The body's throwable and a normal return share it, so it is written once per method.
  @SuppressWarnings({"gil", "unchecked"}) // the token chain itself (see GilSync); rethrow as X
  public static <R, X extends Throwable> R withGil(@WithGil GilFunction<R, X> body) throws X {
    Objects.requireNonNull(body, "body");
    Thread me = Thread.currentThread();
    GilToken gil = new GilToken(me, "Gil.withGil");
    SYNC.open(me, gil);
    R result = null;
    Throwable thrown = null;
    try {
      result = body.apply(gil);
    } catch (Throwable t) {
      thrown = t;
    }
    try {
      SYNC.endScope(me, gil, thrown);
    } catch (Throwable e) {
      // Not even room for that call (a StackOverflowError at its very first frame, or deeper
      // in it before the scope was ended): end the scope with field writes only, no call,
      // whatever state the error left. Hand-off and wake-up are skipped; waiters find the lock
      // free at their next timed check.
      GilSync s = SYNC;
      if (!gil.closed) {
        if (s.owner == me) {
          for (GilToken k = s.top; k != null && k != gil; k = k.parent) {
            k.closed = true; // scopes opened inside the body end with it
          }
          s.holdStart = 0;
          s.holdEvent = null;
          if (gil.depth > 1) {
            s.depth = gil.depth - 1;
            s.top = gil.parent;
          } else {
            s.top = null;
            s.depth = 0;
            s.owner = null;
          }
        } else {
          // The hold is noted as lost (taking it back failed): the levels opened in this
          // scope end here, so nothing takes them back later; an outer level stays noted.
          GilRelease l = gil.root.lost;
          if (l != null && !l.closed) {
            for (GilToken k = l.savedTop; k != null && k.depth > gil.depth; k = k.parent) {
              k.closed = true;
            }
            if (gil.depth > 1) {
              l.savedTop = gil.parent;
              l.savedDepth = gil.depth - 1;
            }
          }
        }
        gil.closed = true;
      }
      if (thrown == null) {
        throw e;
      }
    }
    if (thrown != null) {
      throw (X) thrown; // the body's own throwable, unchanged (an X or unchecked); no call
    }
    return result;
  }

  /**
   * Runs {@code body} holding the lock; the void form of {@link #withGil} (a separate name, since
   * an overload would make implicitly typed lambdas ambiguous).
   *
   * @param <X> what the body may throw
   * @param body the code to run holding the lock
   * @throws X whatever {@code body} throws, unchanged; the level taken here is released first
   */
  @SuppressWarnings({"gil", "unchecked"}) // the token chain itself (see GilSync); rethrow as X
  public static <X extends Throwable> void runWithGil(@WithGil GilConsumer<X> body) throws X {
    Objects.requireNonNull(body, "body");
    Thread me = Thread.currentThread();
    GilToken gil = new GilToken(me, "Gil.runWithGil");
    SYNC.open(me, gil);
    Throwable thrown = null;
    try {
      body.accept(gil);
    } catch (Throwable t) {
      thrown = t;
    }
    try {
      SYNC.endScope(me, gil, thrown);
    } catch (Throwable e) {
      // Not even room for that call (a StackOverflowError at its very first frame, or deeper
      // in it before the scope was ended): end the scope with field writes only, no call,
      // whatever state the error left. Hand-off and wake-up are skipped; waiters find the lock
      // free at their next timed check.
      GilSync s = SYNC;
      if (!gil.closed) {
        if (s.owner == me) {
          for (GilToken k = s.top; k != null && k != gil; k = k.parent) {
            k.closed = true; // scopes opened inside the body end with it
          }
          s.holdStart = 0;
          s.holdEvent = null;
          if (gil.depth > 1) {
            s.depth = gil.depth - 1;
            s.top = gil.parent;
          } else {
            s.top = null;
            s.depth = 0;
            s.owner = null;
          }
        } else {
          // The hold is noted as lost (taking it back failed): the levels opened in this
          // scope end here, so nothing takes them back later; an outer level stays noted.
          GilRelease l = gil.root.lost;
          if (l != null && !l.closed) {
            for (GilToken k = l.savedTop; k != null && k.depth > gil.depth; k = k.parent) {
              k.closed = true;
            }
            if (gil.depth > 1) {
              l.savedTop = gil.parent;
              l.savedDepth = gil.depth - 1;
            }
          }
        }
        gil.closed = true;
      }
      if (thrown == null) {
        throw e;
      }
    }
    if (thrown != null) {
      throw (X) thrown; // the body's own throwable, unchanged (an X or unchecked); no call
    }
  }

  /**
   * Acquires the lock, re-entrantly, and returns the token that proves it; close it in
   * try-with-resources on this thread. Waits as long as it takes (uninterruptibly, preserving the
   * interrupt status); a fresh acquisition has priority as described in the class comment.
   *
   * @return the token of this level; close it to give the level up
   */
  public static GilToken acquire() {
    Thread me = Thread.currentThread();
    GilToken gil = new GilToken(me, "Gil.acquire");
    GilSync.reserve(GilSync.CLOSE_RESERVE_FRAMES, 1, 2, 3, 4, 5, 6, 7, 8); // room for its close
    SYNC.open(me, gil);
    return gil;
  }

  /**
   * Acquires the lock like {@link #acquire()} but waits at most {@code timeout}, so a program can
   * recover from a holder that never lets go (for example one that waits for threads that need the
   * lock). Re-entrant acquisitions and a free lock succeed at once whatever the timeout.
   *
   * @param timeout the longest wait; zero or negative means "only if free or already held"
   * @return the token of this level; close it to give the level up
   * @throws GilTimeoutException if the lock was not acquired in time; its message names the holder
   * @throws NullPointerException if {@code timeout} is null
   */
  public static GilToken acquire(Duration timeout) {
    long nanos = saturatedNanos(Objects.requireNonNull(timeout, "timeout"));
    Thread me = Thread.currentThread();
    GilToken gil = new GilToken(me, "Gil.acquire(Duration)");
    GilSync.reserve(GilSync.CLOSE_RESERVE_FRAMES, 1, 2, 3, 4, 5, 6, 7, 8); // room for its close
    SYNC.open(me, gil, Math.max(0L, nanos));
    return gil;
  }

  /**
   * Releases the lock completely if the current thread holds it, until the returned scope is
   * closed; when the thread does not hold it, the scope does nothing. Used by generated
   * {@code @NoGil} wrappers, which may be called with or without the lock. Same hand-off and
   * priority as {@link GilToken#release()}.
   *
   * @return the scope to close, in try-with-resources, to take the lock back
   */
  public static GilRelease releaseIfHeld() {
    Thread me = Thread.currentThread();
    GilRelease r = new GilRelease(me, "Gil.releaseIfHeld()");
    if (SYNC.isHeldBy(me)) {
      SYNC.suspend(me, r);
    }
    return r;
  }

  /**
   * Whether the current thread holds the lock (false inside its own release scopes).
   *
   * @return true if the current thread is the owner
   */
  public static boolean isHeld() {
    return SYNC.isHeldBy(Thread.currentThread());
  }

  /**
   * How many levels of the lock the current thread holds.
   *
   * @return the hold depth; 0 when the current thread does not hold the lock
   */
  public static int holdCount() {
    return SYNC.depthOf(Thread.currentThread());
  }

  /**
   * Sets how long a waiter lets the holder run before it posts a drop request (CPython's {@code
   * sys.setswitchinterval}); default 5 ms. Waiters also check the holder's liveness at least this
   * often (and at least every 50 ms).
   *
   * @param interval the new switch interval
   * @throws IllegalArgumentException if {@code interval} is zero or negative
   */
  public static void setSwitchInterval(Duration interval) {
    SYNC.switchIntervalNanos = positiveNanos(interval, "switch interval");
  }

  /**
   * The current switch interval.
   *
   * @return the interval set last, 5 ms by default
   */
  public static Duration switchInterval() {
    return Duration.ofNanos(SYNC.switchIntervalNanos);
  }

  /**
   * Sets the <em>yield grace</em> (default zero): after a thread hands the lock to a thread
   * returning from lock-free code at {@link GilToken#checkpoint()}, it leaves the lock alone for
   * this long (capped at the switch interval) even when it is free, so the returning thread keeps
   * it through short lock-free sections (blocking I/O) without waiting again.
   *
   * <p>The trade-off, beside a CPU-bound thread that checkpoints every {@code s}: with no grace the
   * CPU thread takes the lock whenever the I/O thread releases it, keeps nearly a whole core, and
   * an I/O operation shorter than {@code s} completes when the slice that began with it ends
   * (latency about {@code s}). With a grace of about {@code s} the I/O thread completes two or more
   * short operations per slice at their latency alone (the median is then the latency alone), and
   * the CPU thread keeps about half a core.
   *
   * @param grace the new grace; zero turns it off
   * @throws IllegalArgumentException if {@code grace} is negative
   */
  public static void setYieldGrace(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("yield grace must not be negative: " + grace);
    }
    SYNC.yieldGraceNanos = saturatedNanos(grace);
  }

  /**
   * The current yield grace.
   *
   * @return the grace set last, zero by default
   */
  public static Duration yieldGrace() {
    return Duration.ofNanos(SYNC.yieldGraceNanos);
  }

  /**
   * Sets how long a thread may wait for the lock before a {@link GilDiagnostic.Kind#LONG_WAIT}
   * diagnostic names the holder and its stack; default 1 s.
   *
   * @param threshold the new threshold
   * @throws IllegalArgumentException if {@code threshold} is zero or negative
   */
  public static void setLongWaitThreshold(Duration threshold) {
    SYNC.longWaitNanos = positiveNanos(threshold, "long-wait threshold");
  }

  /**
   * The current long-wait threshold.
   *
   * @return the threshold set last, 1 s by default
   */
  public static Duration longWaitThreshold() {
    return Duration.ofNanos(SYNC.longWaitNanos);
  }

  /**
   * Sets the listener that receives every {@link GilDiagnostic} besides the {@code org.gil4j}
   * {@link System.Logger}; {@code null} removes it. The listener runs on the thread that noticed
   * the problem: for {@code LONG_WAIT} while that thread still waits (not holding the lock), for
   * {@code ABANDONED} right after it took the lock over (holding it). What it throws is logged and
   * ignored. It must not acquire the lock itself; keep it short (record, log, count).
   *
   * @param listener the new listener, or null for none
   */
  public static void setDiagnosticListener(@Nullable Consumer<GilDiagnostic> listener) {
    GilMonitor.listener = listener;
  }

  /**
   * Switches statistics on or off (default off). Off, the lock does no counting, and no timing
   * either unless {@linkplain #setSiteSampling site telemetry}, a {@linkplain #setHoldBudget hold
   * budget} or {@linkplain #enableChaos chaos mode} needs it; on, every hold costs two {@link
   * System#nanoTime()} calls and a few volatile writes.
   *
   * @param enabled whether to count from now on
   */
  public static void setStatsEnabled(boolean enabled) {
    GilMonitor.statsEnabled = enabled;
    GilMonitor.rewatch();
  }

  /**
   * Whether statistics are being counted.
   *
   * @return the value set last, false by default
   */
  public static boolean isStatsEnabled() {
    return GilMonitor.statsEnabled;
  }

  /**
   * An immutable snapshot of the statistics counted since the last {@link #resetStats()}.
   *
   * @return the snapshot; all zero while statistics were off
   */
  public static GilStats stats() {
    return GilMonitor.counters.snapshot();
  }

  /** Starts a new statistics period: every counter back to zero, the per-site table emptied. */
  public static void resetStats() {
    GilMonitor.counters = new GilCounters();
  }

  /**
   * Switches per-site telemetry on or off (default off; system property {@code
   * gil4j.siteSampling}). On, {@link GilStats#sites()} says, per call site, how long the lock was
   * held there and how long acquires there waited for it (see {@link GilSite} for what a site is),
   * and the JFR events {@code org.gil4j.Hold} and {@code org.gil4j.Wait} name the site. Every hold
   * is timed (two {@link System#nanoTime()} calls, as with statistics); one hold in {@code oneIn}
   * has its site found with a {@link StackWalker} as it ends (a few microseconds, on the holder,
   * while it holds the lock), and so does every contended acquire once it got the lock. {@code 1}
   * samples every hold (exact counts; for tests and investigations), {@code 1000} or so is cheap
   * enough for production; {@code 0} turns it off. Takes effect from the next hold.
   *
   * @param oneIn sample one hold in this many; 0 for off
   * @throws IllegalArgumentException if {@code oneIn} is negative
   */
  public static void setSiteSampling(int oneIn) {
    if (oneIn < 0) {
      throw new IllegalArgumentException("site sampling must not be negative: " + oneIn);
    }
    GilSites.sampleEvery = oneIn;
    GilSites.restartSample();
    GilMonitor.rewatch();
  }

  /**
   * The current site sampling.
   *
   * @return one hold in how many is sampled; 0 (the default) when site telemetry is off
   */
  public static int siteSampling() {
    return GilSites.sampleEvery;
  }

  /**
   * Sets the hold budget (default none; system property {@code gil4j.holdBudget}, e.g. {@code
   * 10ms}): a hold (from taking the lock at depth 0 until letting it go completely, or until a
   * checkpoint or release hands it on) that lasts longer is counted at its site in {@link
   * GilStats#sites()}, recorded as a JFR {@code org.gil4j.HoldBudget} event, and reported as a
   * {@link GilDiagnostic.Kind#HOLD_BUDGET} diagnostic naming the site and by how much it overran,
   * at most once a second (every overrun is counted and recorded). The site is found only for holds
   * that overran. Holds are timed while a budget is set (two {@link System#nanoTime()} calls each).
   * The diagnostic is made on the thread that overran, just before it lets the lock go.
   *
   * @param budget the longest hold that is fine; {@link Duration#ZERO} for no budget
   * @throws IllegalArgumentException if {@code budget} is negative
   * @throws NullPointerException if {@code budget} is null
   */
  public static void setHoldBudget(Duration budget) {
    Objects.requireNonNull(budget, "budget");
    if (budget.isNegative()) {
      throw new IllegalArgumentException("hold budget must not be negative: " + budget);
    }
    GilBudget.gate = new GilDiagnosticGate();
    GilBudget.budgetNanos = saturatedNanos(budget);
    GilMonitor.rewatch();
  }

  /**
   * The current hold budget.
   *
   * @return the budget set last; {@link Duration#ZERO} (the default) for none
   */
  public static Duration holdBudget() {
    return Duration.ofNanos(GilBudget.budgetNanos);
  }

  /**
   * Turns chaos mode on, for tests (system property {@code gil4j.chaos}: a seed, or {@code true}
   * for one drawn from the clock and logged). In chaos mode every {@link GilToken#checkpoint()}
   * gives the lock up, whether or not another thread asked for it, and after every full release
   * (a checkpoint, an outermost scope exit, {@code allowThreads}/{@code release()}) the releasing
   * thread lets a waiting thread take the lock before it goes on, then stays away for a short pause
   * drawn from a sequence the seed fixes (up to 0.1 ms), so a thread about to acquire gets in too.
   * Code that is only correct while a held section runs on undisturbed (a check-then-act across a
   * checkpoint, or split over two sections) fails in the test run. Every checkpoint and release
   * then costs a yield and a park: never in production.
   *
   * @param seed fixes the sequence of pauses (which thread draws which value still depends on the
   *     scheduler)
   */
  public static void enableChaos(long seed) {
    GilChaos.active = new GilChaos(seed);
    GilMonitor.rewatch();
  }

  /** Turns chaos mode off (the default); holds taken from now on run undisturbed again. */
  public static void disableChaos() {
    GilChaos.active = null;
    GilMonitor.rewatch();
  }

  /**
   * The seed of the chaos mode in force.
   *
   * @return the seed, or empty when chaos mode is off
   */
  public static OptionalLong chaosSeed() {
    GilChaos c = GilChaos.active;
    return c == null ? OptionalLong.empty() : OptionalLong.of(c.seed);
  }

  /**
   * Applies the system properties {@code gil4j.siteSampling}, {@code gil4j.holdBudget} and {@code
   * gil4j.chaos}; a value that cannot be read is logged and ignored.
   */
  private static void applySystemProperties() {
    String sampling = System.getProperty("gil4j.siteSampling");
    if (sampling != null) {
      try {
        setSiteSampling(Integer.parseInt(sampling.strip()));
      } catch (IllegalArgumentException e) {
        ignoredProperty("gil4j.siteSampling", sampling);
      }
    }
    String budget = System.getProperty("gil4j.holdBudget");
    if (budget != null) {
      Duration d = GilBudget.parse(budget);
      if (d == null || d.isNegative()) {
        ignoredProperty("gil4j.holdBudget", budget);
      } else {
        setHoldBudget(d);
      }
    }
    String chaos = System.getProperty("gil4j.chaos");
    if (chaos != null && !chaos.isBlank() && !chaos.strip().equalsIgnoreCase("false")) {
      long seed;
      if (chaos.strip().equalsIgnoreCase("true")) {
        seed = System.nanoTime();
      } else {
        try {
          seed = Long.parseLong(chaos.strip());
        } catch (NumberFormatException e) {
          ignoredProperty("gil4j.chaos", chaos);
          return;
        }
      }
      enableChaos(seed);
      GilMonitor.LOGGER.log(
          System.Logger.Level.WARNING,
          "gil4j chaos mode is on (seed "
              + seed
              + "; repeat a run with -Dgil4j.chaos="
              + seed
              + ")");
    }
  }

  private static void ignoredProperty(String name, String value) {
    GilMonitor.LOGGER.log(
        System.Logger.Level.WARNING, "ignored system property " + name + "='" + value + "'");
  }

  /**
   * Puts {@code backend} behind the lock for the rest of the process: from now on every thread that
   * takes the lock at depth 0 also attaches to the backend, and every thread that gives it up
   * completely detaches first (see {@link GilBackend}). Without a backend, gil4j's own lock is the
   * whole lock. Call it once, before the first {@link #acquire()} or {@link #withGil}, as a library
   * such as {@code gil4j-python} does when it starts; installing the same backend again does
   * nothing.
   *
   * @param backend the backend
   * @throws IllegalStateException if a thread holds the lock now (this one included), or if another
   *     backend is installed already
   * @throws NullPointerException if {@code backend} is null
   */
  public static void installBackend(GilBackend backend) {
    SYNC.install(backend);
  }

  /**
   * The backend installed with {@link #installBackend}, if any.
   *
   * @return the backend, or empty when gil4j's own lock is the whole lock
   */
  public static Optional<GilBackend> backend() {
    return Optional.ofNullable(SYNC.backend());
  }

  private static long positiveNanos(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
    return Math.max(1L, saturatedNanos(d));
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
