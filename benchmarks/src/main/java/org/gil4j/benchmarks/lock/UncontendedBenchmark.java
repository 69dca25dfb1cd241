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
 * wants (issue 2). Baselines in the same run: {@code synchronized} and an unfair {@link
 * ReentrantLock}. Target: a gil4j hold costs at most 1.1 times the {@code ReentrantLock} one.
 *
 * <p>Every variant increments the same field inside its section and returns nothing, so no
 * variant pays for boxing a result that another does not.
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
  public void gilWithGil() {
    Gil.withGil(gil -> ++counter);
  }
}
