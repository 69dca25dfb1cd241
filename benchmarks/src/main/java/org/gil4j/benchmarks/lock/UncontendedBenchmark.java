package org.gil4j.benchmarks.lock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One thread takes and releases a lock around a one-field critical section that nobody else
 * wants. Baselines in the same run: {@code synchronized} and an unfair {@link
 * ReentrantLock}. Target: a gil4j hold costs at most 1.1 times the {@code ReentrantLock} one.
 *
 * <p>Every variant increments the same field inside its section. The {@code withGil} lambda
 * returns a reference it already has rather than the new count, so it measures the lock and the
 * lambda, not the boxing of a {@code long}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class UncontendedBenchmark {
  private final Object monitor = new Object();
  private final ReentrantLock unfair = new ReentrantLock();
  private long counter;

  /** The JVM's monitor, the lock most Java code reaches for first. */
  @Benchmark
  public void synchronizedBlock() {
    synchronized (monitor) {
      counter++;
    }
  }

  /** The unfair {@link ReentrantLock}: the target's baseline. */
  @Benchmark
  public void reentrantLockUnfair() {
    unfair.lock();
    try {
      counter++;
    } finally {
      unfair.unlock();
    }
  }

  /** {@code try (GilToken gil = Gil.acquire())}: the form generated wrappers use. */
  @Benchmark
  public void gilAcquireClose() {
    try (GilToken gil = Gil.acquire()) {
      counter++;
    }
  }

  /** {@code Gil.withGil(gil -> ..)} with a capturing lambda, as users write it. */
  @Benchmark
  public Object gilWithGil() {
    return Gil.withGil(gil -> {
      counter++;
      return this;
    });
  }

  /** {@code Gil.runWithGil(gil -> ..)}: the void form. */
  @Benchmark
  public void gilRunWithGil() {
    Gil.runWithGil(gil -> counter++);
  }
}
