package org.gil4j.benchmarks.peers;

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
 * One thread, nobody else wanting the lock, a one-field body: the hold ({@code *Hold}), a
 * re-entrant acquire by a thread that holds the lock already ({@code *Nested}), and the round trip
 * of a holder that gives the lock up completely around the body and takes it back ({@code
 * *RoundTrip}: gil4j's {@code release()} scope and {@code allowThreads}, an unlock/lock pair on
 * {@link ReentrantLock}, release/acquire on the CPython-style lock). Targets: gil4j's hold and its
 * release-scope round trip at most 1.0 times unfair {@code ReentrantLock}'s in the same run. The
 * four benchmarks of those two quotients run in two forks, the others in one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class UncontendedPeersBenchmark {
  private final ReentrantLock unfair = new ReentrantLock();
  private final ReentrantLock fair = new ReentrantLock(true);
  private final CPythonStyleLock cpython = new CPythonStyleLock();
  private long counter;

  /** Every lock, held by the benchmark thread for a whole iteration (taken on that thread). */
  @State(Scope.Thread)
  public static class Holding {
    final ReentrantLock unfair = new ReentrantLock();
    final ReentrantLock fair = new ReentrantLock(true);
    final CPythonStyleLock cpython = new CPythonStyleLock();
    GilToken gil;
    long counter;

    /** Takes them all. */
    @Setup(Level.Iteration)
    public void hold() {
      gil = Gil.acquire();
      unfair.lock();
      fair.lock();
      cpython.acquire();
    }

    /** Gives them back. */
    @TearDown(Level.Iteration)
    public void release() {
      cpython.release();
      fair.unlock();
      unfair.unlock();
      gil.close();
    }
  }

  /** Unfair {@link ReentrantLock}: the baseline of the targets. */
  @Benchmark
  @Fork(2) // a target: two JVMs, as JIT decisions differ between forks
  public void unfairHold() {
    unfair.lock();
    try {
      counter++;
    } finally {
      unfair.unlock();
    }
  }

  /** Fair {@link ReentrantLock}. */
  @Benchmark
  public void fairHold() {
    fair.lock();
    try {
      counter++;
    } finally {
      fair.unlock();
    }
  }

  /** The CPython-style lock (a mutex and a condition underneath). */
  @Benchmark
  public void cpythonHold() {
    cpython.acquire();
    try {
      counter++;
    } finally {
      cpython.release();
    }
  }

  /** {@code try (GilToken gil = Gil.acquire())}. */
  @Benchmark
  @Fork(2) // a target: two JVMs, as JIT decisions differ between forks
  @SuppressWarnings("try") // the token only brackets the body
  public void gilAcquireHold() {
    try (GilToken gil = Gil.acquire()) {
      counter++;
    }
  }

  /** {@code Gil.withGil(gil -> ..)}. */
  @Benchmark
  public Object gilWithGilHold() {
    return Gil.withGil(gil -> {
      counter++;
      return this;
    });
  }

  /** A nested {@link ReentrantLock#lock()} (unfair). */
  @Benchmark
  public void unfairNested(Holding h) {
    h.unfair.lock();
    try {
      h.counter++;
    } finally {
      h.unfair.unlock();
    }
  }

  /** A nested {@link ReentrantLock#lock()} (fair). */
  @Benchmark
  public void fairNested(Holding h) {
    h.fair.lock();
    try {
      h.counter++;
    } finally {
      h.fair.unlock();
    }
  }

  /** A nested {@code Gil.acquire()}. */
  @Benchmark
  @SuppressWarnings("try") // the token only brackets the body
  public void gilAcquireNested(Holding h) {
    try (GilToken gil = Gil.acquire()) {
      h.counter++;
    }
  }

  /** A nested {@code Gil.withGil}. */
  @Benchmark
  public Object gilWithGilNested(Holding h) {
    return Gil.withGil(gil -> {
      h.counter++;
      return h;
    });
  }

  /** Unfair {@link ReentrantLock}: unlock, body, lock. */
  @Benchmark
  @Fork(2) // a target: two JVMs, as JIT decisions differ between forks
  public void unfairRoundTrip(Holding h) {
    h.unfair.unlock();
    try {
      h.counter++;
    } finally {
      h.unfair.lock();
    }
  }

  /** Fair {@link ReentrantLock}: unlock, body, lock. */
  @Benchmark
  public void fairRoundTrip(Holding h) {
    h.fair.unlock();
    try {
      h.counter++;
    } finally {
      h.fair.lock();
    }
  }

  /** The CPython-style lock: release, body, acquire. */
  @Benchmark
  public void cpythonRoundTrip(Holding h) {
    h.cpython.release();
    try {
      h.counter++;
    } finally {
      h.cpython.acquire();
    }
  }

  /** {@code try (GilRelease r = gil.release())}. */
  @Benchmark
  @Fork(2) // a target: two JVMs, as JIT decisions differ between forks
  @SuppressWarnings("try") // the scope only brackets the body
  public void gilReleaseRoundTrip(Holding h) {
    try (GilRelease released = h.gil.release()) {
      h.counter++;
    }
  }

  /** {@code gil.allowThreads(() -> ..)}. */
  @Benchmark
  public void gilAllowThreadsRoundTrip(Holding h) {
    h.gil.allowThreads(() -> {
      h.counter++;
    });
  }
}
