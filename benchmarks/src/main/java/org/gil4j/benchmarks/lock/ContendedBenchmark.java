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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two threads hammer the same lock around a one-field critical section. Reported as
 * summed throughput; no target, but the run shows what the hand-off policy costs compared with
 * {@code synchronized} and an unfair {@link ReentrantLock} (which let the releasing thread barge).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(2)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ContendedBenchmark {
  private final Object monitor = new Object();
  private final ReentrantLock unfair = new ReentrantLock();
  private long counter;

  /** Two threads on one monitor. */
  @Benchmark
  public void synchronizedBlock() {
    synchronized (monitor) {
      counter++;
    }
  }

  /** Two threads on one unfair {@link ReentrantLock}. */
  @Benchmark
  public void reentrantLockUnfair() {
    unfair.lock();
    try {
      counter++;
    } finally {
      unfair.unlock();
    }
  }

  /** Two threads on the gil4j lock through {@code Gil.acquire()}. */
  @Benchmark
  public void gilAcquireClose() {
    try (GilToken gil = Gil.acquire()) {
      counter++;
    }
  }

  /** Two threads on the gil4j lock, the holder calling {@code checkpoint()} inside. */
  @Benchmark
  public void gilAcquireCheckpoint() {
    try (GilToken gil = Gil.acquire()) {
      counter++;
      gil.checkpoint();
    }
  }
}
