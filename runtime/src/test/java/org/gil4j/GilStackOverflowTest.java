package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real {@link StackOverflowError}s: deep recursion through every kind of scope, and sweeps that
 * start each lock operation with less and less stack left, so the overflow lands at every point of
 * acquire, close, release and restore (interpreted and, after warm-up, compiled). After each
 * overflow the lock must be exactly as the scopes still open say (held at the outer depth or not
 * at all), the error must come out as a StackOverflowError, and another thread, contending all the
 * time, must keep getting the lock.
 */
@SuppressWarnings("try") // scopes opened only for their effect on the lock
class GilStackOverflowTest extends GilTestSupport {
  /** A small stack: the recursion reaches its end quickly. */
  private static final long STACK_BYTES = 512 * 1024;

  /** One operation run at the bottom of the stack. */
  interface Op {
    void run() throws Exception;
  }

  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final AtomicLong overflows = new AtomicLong();
  private int deepest; // written by the test thread only

  // ---------------------------------------------------------------- deep recursion per scope kind

  @Test
  @Timeout(60)
  void recursionThroughWithGil_leavesNothingHeld() throws Exception {
    recurseUntilOverflow("withGil", this::viaWithGil);
  }

  @Test
  @Timeout(60)
  void recursionThroughRunWithGil_leavesNothingHeld() throws Exception {
    recurseUntilOverflow("runWithGil", this::viaRunWithGil);
  }

  @Test
  @Timeout(60)
  void recursionThroughAcquireTryWithResources_leavesNothingHeld() throws Exception {
    recurseUntilOverflow("acquire", this::viaAcquire);
  }

  @Test
  @Timeout(60)
  void recursionThroughAllowThreads_leavesNothingHeld() throws Exception {
    recurseUntilOverflow("allowThreads", n -> Gil.withGil(g -> viaAllowThreads(g, n)));
  }

  @Test
  @Timeout(60)
  void recursionThroughReleaseScopes_leavesNothingHeld() throws Exception {
    recurseUntilOverflow(
        "release",
        n -> {
          try (GilToken g = Gil.acquire()) {
            return viaRelease(g, n);
          }
        });
  }

  private int viaWithGil(int n) {
    return Gil.withGil(g -> viaWithGil(n + 1));
  }

  private int viaRunWithGil(int n) {
    int[] r = {0};
    Gil.runWithGil(g -> r[0] = viaRunWithGil(n + 1));
    return r[0];
  }

  private int viaAcquire(int n) {
    try (GilToken g = Gil.acquire()) {
      return viaAcquire(n + 1);
    }
  }

  private int viaAllowThreads(GilToken g, int n) {
    return g.allowThreads(() -> Gil.withGil(h -> viaAllowThreads(h, n + 1)));
  }

  private int viaRelease(GilToken g, int n) {
    try (GilRelease r = g.release()) {
      try (GilToken h = Gil.acquire()) {
        return viaRelease(h, n + 1);
      }
    }
  }

  /** A recursion that overflows; {@code start} is called with 0 at depth 0 of the lock. */
  interface Recursion {
    int start(int n) throws Exception;
  }

  /**
   * Runs {@code r} until it overflows, twenty times on a thread with a small stack, once with no
   * lock held and once inside an outer held scope, and checks the lock after each.
   */
  private void recurseUntilOverflow(String kind, Recursion r) throws Exception {
    Contender contender = new Contender();
    runOnSmallStack(
        () -> {
          for (int trial = 0; trial < 20; trial++) {
            Throwable t = catchThrowable(() -> r.start(0));
            expectOverflow(kind + " trial " + trial, t);
            if (Gil.isHeld()) {
              problems.add(kind + " trial " + trial + ": lock still held, depth " + Gil.holdCount());
              return;
            }
            try (GilToken outer = Gil.acquire()) {
              Throwable inner = catchThrowable(() -> r.start(0));
              expectOverflow(kind + " trial " + trial + " (inside a held scope)", inner);
              if (Gil.holdCount() != 1) {
                problems.add(kind + " inside a held scope: depth " + Gil.holdCount());
                return;
              }
              outer.unbind("still valid"); // throws if the outer token was broken
            }
          }
        });
    contender.stopAndCheck();
    assertEquals(List.of(), problems);
    assertFalse(Gil.isHeld());
  }

  // ------------------------------------------------------------- the stack limit inside the lock

  @Test
  @Timeout(120)
  void overflowAtEveryPointOfTheLocksOwnCode_leavesTheLockConsistent() throws Exception {
    sweepEveryOperation();
  }

  @Test
  @Timeout(120)
  void overflowAtEveryPoint_withSitesAndABudget_leavesTheLockConsistent()
      throws Exception {
    // Every hold timed, walked for its site and over budget: the optional code runs at every
    // point the stack limit can hit. (Chaos mode's pauses would make the sweep take minutes; the
    // contract suite runs with chaos on.)
    Gil.setStatsEnabled(true);
    Gil.setSiteSampling(1);
    Gil.setHoldBudget(Duration.ofNanos(1));
    sweepEveryOperation();
    assertTrue(Gil.stats().holds() > 0, Gil.stats().toString());
  }

  /** Sweeps the stack limit over six operation sequences beside a contender. */
  private void sweepEveryOperation() throws Exception {
    List<Op> ops = new ArrayList<>();
    List<String> names = new ArrayList<>();
    names.add("withGil in withGil");
    ops.add(() -> Gil.withGil(g -> Gil.withGil(h -> h)));
    names.add("runWithGil + allowThreads");
    ops.add(() -> Gil.runWithGil(g -> g.allowThreads(() -> {})));
    names.add("acquire + release scope");
    ops.add(
        () -> {
          try (GilToken t = Gil.acquire()) {
            try (GilRelease r = t.release()) {
              overflows.get();
            }
          }
        });
    names.add("timed acquire + checkpoint");
    ops.add(
        () -> {
          try (GilToken t = Gil.acquire(Duration.ofSeconds(10))) {
            t.checkpoint();
          }
        });
    names.add("allowThreads + nested withGil");
    ops.add(() -> Gil.withGil(g -> g.allowThreads(() -> Gil.withGil(h -> h.unbind("x")))));
    names.add("releaseIfHeld");
    ops.add(
        () -> {
          try (GilToken t = Gil.acquire();
              GilRelease r = Gil.releaseIfHeld()) {
            overflows.get();
          }
        });

    Gil.setSwitchInterval(Duration.ofMillis(1)); // drop requests, hence hand-offs, all the time
    Contender contender = new Contender();
    runOnSmallStack(
        () -> {
          for (Op op : ops) {
            op.run(); // links every lambda and call site with stack to spare
          }
          for (int i = 0; i < ops.size(); i++) {
            for (boolean outerHeld : new boolean[] {false, true}) {
              sweep(names.get(i) + (outerHeld ? " (outer held)" : ""), ops.get(i), outerHeld);
            }
          }
        });
    contender.stopAndCheck();
    assertEquals(List.of(), problems);
    assertTrue(overflows.get() > 0, "no operation overflowed: the sweep missed the stack limit");
  }

  /**
   * Finds the deepest frame the stack allows, then runs {@code op} at each depth from a few
   * hundred frames above it to past it (three rounds, since JIT compilation changes frame sizes),
   * checking the lock after each.
   */
  private void sweep(String name, Op op, boolean outerHeld) {
    for (int round = 0; round < 3 && problems.isEmpty(); round++) {
      deepest = 0;
      catchThrowable(() -> descend(Integer.MAX_VALUE, () -> {}));
      int limit = deepest;
      for (int d = Math.max(0, limit - 300); d <= limit + 5 && problems.isEmpty(); d++) {
        final int depth = d;
        if (outerHeld) {
          try (GilToken outer = Gil.acquire()) {
            Throwable t = catchThrowable(() -> descend(depth, op));
            check(name, depth, t, 1);
            if (Gil.holdCount() == 1) {
              outer.unbind("valid");
            }
          } catch (IllegalStateException e) {
            problems.add(name + " at " + depth + ": outer token broken: " + e);
          }
        } else {
          Throwable t = catchThrowable(() -> descend(depth, op));
          check(name, depth, t, 0);
        }
      }
    }
  }

  private void check(String name, int depth, Throwable t, int expectedDepth) {
    if (t != null && !isOverflow(t)) {
      java.io.StringWriter w = new java.io.StringWriter();
      t.printStackTrace(new java.io.PrintWriter(w));
      String trace = w.toString();
      problems.add(name + " at " + depth + ": threw " + trace.substring(0, Math.min(3000, trace.length())));
    }
    if (Gil.holdCount() != expectedDepth) {
      problems.add(name + " at " + depth + ": hold depth " + Gil.holdCount());
    }
  }

  /**
   * A StackOverflowError, or the linkage error the JVM wraps one in when a call site is linked
   * with no stack left (a lambda or method handle used for the first time down there).
   */
  private static boolean isOverflow(Throwable t) {
    return t instanceof StackOverflowError
        || ((t instanceof InternalError || t instanceof BootstrapMethodError)
            && t.getCause() instanceof StackOverflowError);
  }

  /** Recurses {@code n} frames, then runs {@code op}; an overflow there is counted, not thrown. */
  private int descend(int n, Op op) throws Exception {
    if (n > 0) {
      deepest++;
      return descend(n - 1, op) + 1;
    }
    try {
      op.run();
    } catch (StackOverflowError e) {
      overflows.incrementAndGet();
    }
    return 0;
  }

  // ----------------------------------------------------------------------------------- helpers

  private void expectOverflow(String what, Throwable t) {
    if (t != null && isOverflow(t)) {
      overflows.incrementAndGet();
    } else {
      problems.add(what + ": expected StackOverflowError, got " + t);
    }
  }

  /** Runs {@code body} on a fresh thread with a small stack and waits for it. */
  private void runOnSmallStack(Body body) throws InterruptedException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                body.run();
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "small-stack",
            STACK_BYTES);
    t.setDaemon(true);
    t.start();
    t.join(TimeUnit.SECONDS.toMillis(100));
    assertFalse(t.isAlive(), "the recursing thread hangs: " + List.of(t.getStackTrace()));
    if (failure.get() != null) {
      problems.add("recursing thread failed: " + failure.get());
    }
  }

  /**
   * A thread that takes the lock over and over (briefly, with a release in between) while the test
   * overflows the stack: if the lock were wedged or lost it would stop making progress.
   */
  private final class Contender {
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong rounds = new AtomicLong();
    private final Thread thread;

    Contender() {
      thread =
          start(
              "contender",
              () -> {
                while (!stop.get()) {
                  Gil.runWithGil(
                      g -> {
                        rounds.incrementAndGet();
                        g.allowThreads(Thread::onSpinWait);
                      });
                }
              });
    }

    void stopAndCheck() throws InterruptedException {
      long before = rounds.get();
      Thread.sleep(50);
      long progress = rounds.get() - before;
      stop.set(true);
      thread.join(10_000);
      assertFalse(thread.isAlive(), "contender wedged: " + List.of(thread.getStackTrace()));
      assertTrue(progress > 0 || rounds.get() > 0, "contender never got the lock");
    }
  }

  private static Throwable catchThrowable(Op op) {
    try {
      op.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
