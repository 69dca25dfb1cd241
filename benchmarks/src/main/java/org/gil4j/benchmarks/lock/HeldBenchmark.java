package org.gil4j.benchmarks.lock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
 * One thread that already holds the lock (taken in an iteration-level setup, on the benchmark
 * thread itself) acquires it again, or gives it up around a tiny section.
 *
 * <p>Targets, against {@link UncontendedBenchmark#gilAcquireClose} in the same run: a re-entrant
 * acquire at most a third of an uncontended hold; an {@code allowThreads} round trip (release
 * everything, run the body, take the lock back at the same depth) at most 2.5 times.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HeldBenchmark {
  private final ReentrantLock unfair = new ReentrantLock();
  private GilToken outer;
  private long counter;

  /** Takes both locks once per iteration, on the thread that runs the benchmark methods. */
  @Setup(Level.Iteration)
  public void holdLocks() {
    outer = Gil.acquire();
    unfair.lock();
  }

  /** Gives back what {@link #holdLocks} took. */
  @TearDown(Level.Iteration)
  public void releaseLocks() {
    unfair.unlock();
    outer.close();
  }

  /** A nested {@code Gil.acquire()} on a thread that holds the lock already. */
  @Benchmark
  public void reentrantGilAcquire() {
    try (GilToken gil = Gil.acquire()) {
      counter++;
    }
  }

  /** A nested {@code Gil.withGil} on a thread that holds the lock already. */
  @Benchmark
  public Object reentrantGilWithGil() {
    return Gil.withGil(gil -> {
      counter++;
      return this;
    });
  }

  /** A nested {@link ReentrantLock#lock()}, for reference. */
  @Benchmark
  public void reentrantLockNested() {
    unfair.lock();
    try {
      counter++;
    } finally {
      unfair.unlock();
    }
  }

  /** {@code gil.allowThreads(() -> ..)}: release completely, run, re-acquire. */
  @Benchmark
  public void allowThreadsRoundTrip() {
    outer.allowThreads(() -> {
      counter++;
    });
  }

  /** {@code try (GilRelease r = gil.release())}: the scope form of the same round trip. */
  @Benchmark
  public void releaseScopeRoundTrip() {
    try (GilRelease released = outer.release()) {
      counter++;
    }
  }
}
