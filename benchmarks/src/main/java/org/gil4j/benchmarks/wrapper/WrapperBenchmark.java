package org.gil4j.benchmarks.wrapper;

import java.util.concurrent.TimeUnit;
import org.gil4j.Gil;
import org.gil4j.GilRelease;
import org.gil4j.GilToken;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A call through the generated wrapper {@link Tally_Gil} against the same call written by hand
 * with {@code Gil.acquire()} / {@code Gil.releaseIfHeld()} around a plain {@link Tally}, in one
 * run. Target: the wrapper costs at most 1.05 times the hand-written call.
 *
 * <p>Three situations: a {@code @WithGil} method called by a thread that does not hold the lock
 * (the common case for worker threads), the same called by a thread that holds it already
 * (re-entrant), and a {@code @NoGil} method called by a thread that holds the lock (it is
 * released and restored around the call).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WrapperBenchmark {
  private final Tally plain = new Tally();
  private final Tally wrapped = new Tally_Gil();
  private long seed = 42;

  /** Holds the lock for a whole iteration, on the benchmark thread. */
  @State(Scope.Thread)
  public static class Held {
    private GilToken outer;

    /** Takes the lock before each iteration. */
    @Setup(Level.Iteration)
    public void acquire() {
      outer = Gil.acquire();
    }

    /** Gives it back after each iteration. */
    @TearDown(Level.Iteration)
    public void release() {
      outer.close();
    }
  }

  /** {@code @WithGil} through the generated wrapper, lock not held by the caller. */
  @Benchmark
  public long generatedWrapper() {
    return wrapped.increment();
  }

  /** The same, written by hand. */
  @Benchmark
  @SuppressWarnings("try")
  public long handWritten() {
    try (GilToken gil = Gil.acquire()) {
      return plain.increment();
    }
  }

  /** {@code @WithGil} through the generated wrapper, lock already held by the caller. */
  @Benchmark
  public long generatedWrapperHeld(Held held) {
    return wrapped.increment();
  }

  /** The same, written by hand. */
  @Benchmark
  @SuppressWarnings("try")
  public long handWrittenHeld(Held held) {
    try (GilToken gil = Gil.acquire()) {
      return plain.increment();
    }
  }

  /** {@code @NoGil} through the generated wrapper, called holding the lock. */
  @Benchmark
  public long generatedNoGilHeld(Held held) {
    return wrapped.mix(seed++);
  }

  /** The same, written by hand. */
  @Benchmark
  @SuppressWarnings("try")
  public long handWrittenNoGilHeld(Held held) {
    try (GilRelease released = Gil.releaseIfHeld()) {
      return plain.mix(seed++);
    }
  }
}
