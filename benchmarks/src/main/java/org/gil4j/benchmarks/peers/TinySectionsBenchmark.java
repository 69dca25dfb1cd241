package org.gil4j.benchmarks.peers;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.gil4j.Gil;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Tiny contended sections: 2 or 4 threads take one lock around a body of a few nanoseconds, as
 * fast as they can; summed throughput in operations per microsecond, gil4j's {@code
 * Gil.withGil} against unfair and fair {@link ReentrantLock} and the CPython-style lock.
 *
 * <p>Beside the throughput each fork prints ({@link Metrics}) {@code maxWaitUs}: the longest any
 * thread went from one of its sections to its next. Timing every acquisition would cost more than
 * the section ({@code System.nanoTime()} takes about 250 ns on the benchmark machine), so the
 * section itself keeps a shared coarse clock, read with {@code nanoTime()} by the holder of every
 * 256th section and by each thread's first section of an iteration; a thread compares the clock at
 * each of its sections with the one at its previous section. The figure is exact to one clock
 * period (256 sections of all threads: 256 divided by the throughput). {@code longWaits} counts the
 * sections that came longer than {@link #LONG_WAIT_NANOS} (one switch interval plus one 50 µs
 * slice) after their thread's previous one, summed over threads and measurement iterations.
 *
 * <p>The {@code none} benchmarks are the control: each thread does the same few nanoseconds with no
 * lock and reads its own clock every 256 of its sections, so their longest wait is what the
 * operating system's scheduling alone does to a thread on this machine at this moment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TinySectionsBenchmark {
  /** Sections between two readings of the clock: a power of two. */
  static final int CLOCK_PERIOD = 256;

  /** The longest wait the target allows: one switch interval (5 ms) plus one 50 µs slice. */
  static final long LONG_WAIT_NANOS = 5_050_000;

  private final ReentrantLock unfair = new ReentrantLock();
  private final ReentrantLock fair = new ReentrantLock(true);
  private final CPythonStyleLock cpython = new CPythonStyleLock();
  private long counter; // guarded by whichever lock the benchmark uses
  private long clock; // guarded likewise: nanoTime() as of the last reading

  /** One thread's view: the clock at its previous section and the longest gap it saw. */
  @State(Scope.Thread)
  public static class Waits {
    long previous; // 0: no section yet in this iteration
    long longest;
    long longWaits;
    long own; // this thread's sections (the control only)
    boolean measuring;

    /** Starts an iteration: the first section reads the clock afresh. */
    @Setup(Level.Iteration)
    public void begin(IterationParams iteration) {
      previous = 0;
      measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    /** Prints this thread's longest wait over the measurement iterations. */
    @TearDown(Level.Trial)
    public void report(BenchmarkParams params) {
      Metrics.max(params, "maxWaitUs", longest / 1e3);
      Metrics.sum(params, "longWaits", longWaits);
    }

    /** Notes that this thread's section came {@code gap} nanoseconds after its previous one. */
    void waited(long gap) {
      if (gap > longest) {
        longest = gap;
      }
      if (gap > LONG_WAIT_NANOS) {
        longWaits++;
      }
    }
  }

  /** The body, under the lock: a few nanoseconds of work plus the clock's bookkeeping. */
  private void section(Waits w) {
    long c = ++counter;
    long now;
    if (w.previous == 0 || (c & (CLOCK_PERIOD - 1)) == 0) {
      now = System.nanoTime();
      clock = now;
    } else {
      now = clock;
    }
    if (w.previous != 0 && w.measuring && now != w.previous) {
      w.waited(now - w.previous);
    }
    w.previous = now;
  }

  /** The control's body: the same increment on the thread's own counter, its own clock. */
  private static void unlocked(Waits w) {
    long c = ++w.own;
    if (w.previous == 0 || (c & (CLOCK_PERIOD - 1)) == 0) {
      long now = System.nanoTime();
      if (w.previous != 0 && w.measuring) {
        w.waited(now - w.previous);
      }
      w.previous = now;
    }
  }

  /** gil4j, 2 threads: {@code Gil.withGil} around the body. */
  @Benchmark
  @Threads(2)
  public Object gil2(Waits w) {
    return Gil.withGil(gil -> {
      section(w);
      return w;
    });
  }

  /** gil4j, 4 threads. */
  @Benchmark
  @Threads(4)
  public Object gil4(Waits w) {
    return Gil.withGil(gil -> {
      section(w);
      return w;
    });
  }

  /** Unfair {@link ReentrantLock}, 2 threads: the throughput target's baseline. */
  @Benchmark
  @Threads(2)
  public void unfair2(Waits w) {
    locked(unfair, w);
  }

  /** Unfair {@link ReentrantLock}, 4 threads. */
  @Benchmark
  @Threads(4)
  public void unfair4(Waits w) {
    locked(unfair, w);
  }

  /** Fair {@link ReentrantLock}, 2 threads. */
  @Benchmark
  @Threads(2)
  public void fair2(Waits w) {
    locked(fair, w);
  }

  /** Fair {@link ReentrantLock}, 4 threads. */
  @Benchmark
  @Threads(4)
  public void fair4(Waits w) {
    locked(fair, w);
  }

  /** The CPython-style lock, 2 threads. */
  @Benchmark
  @Threads(2)
  public void cpython2(Waits w) {
    cpythonLocked(w);
  }

  /** The CPython-style lock, 4 threads. */
  @Benchmark
  @Threads(4)
  public void cpython4(Waits w) {
    cpythonLocked(w);
  }

  /** The control, 2 threads: no lock. */
  @Benchmark
  @Threads(2)
  public void none2(Waits w) {
    unlocked(w);
  }

  /** The control, 4 threads: no lock. */
  @Benchmark
  @Threads(4)
  public void none4(Waits w) {
    unlocked(w);
  }

  private void locked(ReentrantLock lock, Waits w) {
    lock.lock();
    try {
      section(w);
    } finally {
      lock.unlock();
    }
  }

  private void cpythonLocked(Waits w) {
    cpython.acquire();
    try {
      section(w);
    } finally {
      cpython.release();
    }
  }
}
