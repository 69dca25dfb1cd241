package org.gil4j.benchmarks.samples;

import java.io.IOException;
import java.util.Locale;
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
 * The I/O convoy of CPython's GIL: the benchmark thread holds
 * the lock and does short blocking operations (a one-byte loopback echo) with the lock released
 * around each; one operation is "release, echo, hold the lock again". JMH's sample mode gives its
 * latency distribution; the median ({@code p0.50}) is what the targets compare.
 *
 * <p>Alone, and beside a CPU-bound thread that computes in 50 µs slices holding the lock and
 * offers it between slices ({@code checkpoint()} for gil4j, unlock/lock for {@link
 * ReentrantLock}). Targets: gil4j beside the CPU thread at most 2 times alone; an unfair {@code
 * ReentrantLock} beside the CPU thread at least 10 times worse than gil4j. Each competitor prints
 * the share of a core its slices kept when its trial ends (slices done times 50 µs over the
 * trial's wall time). A control runs the same competitor without any lock, to separate what the
 * lock costs from what sharing two cores costs.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConvoyBenchmark {

  /** The echo connection, one per benchmark thread. */
  @State(Scope.Thread)
  public static class Echo {
    LoopbackEcho echo;
    int next;

    /** Opens the connection. */
    @Setup(Level.Trial)
    public void open() throws IOException {
      echo = new LoopbackEcho();
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
      echo.close();
    }

    /** One echo of the next byte; fails if another byte comes back. */
    int roundTrip() throws IOException {
      int sent = next++ & 0xFF;
      int back = echo.echo(sent);
      if (back != sent) {
        throw new IllegalStateException("echo returned " + back + " for " + sent);
      }
      return back;
    }
  }

  /** The benchmark thread holds gil4j's lock for a whole iteration. */
  @State(Scope.Thread)
  public static class GilHeld {
    GilToken token;

    /** Takes the lock on the benchmark thread. */
    @Setup(Level.Iteration)
    public void hold() {
      token = Gil.acquire();
    }

    /** Gives it back. */
    @TearDown(Level.Iteration)
    public void release() {
      token.close();
    }
  }

  /** A CPU-bound competitor on gil4j's lock, running for the whole trial. */
  @State(Scope.Benchmark)
  public static class GilCompetitor {
    CpuSlices cpu;

    /** Starts it. */
    @Setup(Level.Trial)
    public void start() {
      cpu = CpuSlices.onGil();
    }

    /** Stops it and prints the share of a core it kept. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
      report("gil4j", cpu.stop());
    }
  }

  /** The same CPU-bound thread taking no lock: the cores are as busy, the lock plays no part. */
  @State(Scope.Benchmark)
  public static class UnlockedCompetitor {
    CpuSlices cpu;

    /** Starts it. */
    @Setup(Level.Trial)
    public void start() {
      cpu = CpuSlices.unlocked();
    }

    /** Stops it and prints the share of a core it kept. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
      report("no lock", cpu.stop());
    }
  }

  /** A CPU-bound competitor on a {@link ReentrantLock}, and the benchmark thread's hold of it. */
  @State(Scope.Benchmark)
  public abstract static class ReentrantCompetitor {
    final ReentrantLock lock;
    CpuSlices cpu;

    ReentrantCompetitor(boolean fair) {
      lock = new ReentrantLock(fair);
    }

    /** Starts the competitor. */
    @Setup(Level.Trial)
    public void start() {
      cpu = CpuSlices.on(lock);
    }

    /** Takes the lock on the benchmark thread for the iteration. */
    @Setup(Level.Iteration)
    public void hold() {
      lock.lock();
    }

    /** Gives it back. */
    @TearDown(Level.Iteration)
    public void release() {
      lock.unlock();
    }

    /** Stops the competitor and prints the share of a core it kept. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
      report(lock.isFair() ? "fair ReentrantLock" : "unfair ReentrantLock", cpu.stop());
    }

    /** Unlocks, echoes, locks again. */
    int roundTrip(Echo echo) throws IOException {
      lock.unlock();
      try {
        return echo.roundTrip();
      } finally {
        lock.lock();
      }
    }
  }

  /** The competitor on an unfair {@link ReentrantLock}. */
  public static class UnfairCompetitor extends ReentrantCompetitor {
    /** An unfair lock. */
    public UnfairCompetitor() {
      super(false);
    }
  }

  /** The competitor on a fair {@link ReentrantLock}. */
  public static class FairCompetitor extends ReentrantCompetitor {
    /** A fair lock. */
    public FairCompetitor() {
      super(true);
    }
  }

  private static void report(String lock, double share) {
    System.out.printf(
        Locale.ROOT, "%n[convoy] CPU thread on %s kept %.0f%% of a core%n", lock, share * 100);
  }

  /** gil4j, no competitor: the baseline. */
  @Benchmark
  @SuppressWarnings("try")
  public int alone(Echo echo, GilHeld held) throws IOException {
    try (GilRelease released = held.token.release()) {
      return echo.roundTrip();
    }
  }

  /** gil4j beside the checkpointing CPU thread. */
  @Benchmark
  @SuppressWarnings("try")
  public int gilBesideCpu(Echo echo, GilCompetitor cpu, GilHeld held) throws IOException {
    try (GilRelease released = held.token.release()) {
      return echo.roundTrip();
    }
  }

  /**
   * gil4j, with a CPU thread beside it that takes no lock: how much of the latency beside a
   * competitor comes from sharing the cores rather than from the lock (for reference).
   */
  @Benchmark
  @SuppressWarnings("try")
  public int gilBesideUnlockedCpu(Echo echo, UnlockedCompetitor cpu, GilHeld held)
      throws IOException {
    try (GilRelease released = held.token.release()) {
      return echo.roundTrip();
    }
  }

  /** An unfair {@link ReentrantLock} beside the CPU thread. */
  @Benchmark
  public int reentrantLockBesideCpu(Echo echo, UnfairCompetitor cpu) throws IOException {
    return cpu.roundTrip(echo);
  }

  /** A fair {@link ReentrantLock} beside the CPU thread, for reference. */
  @Benchmark
  public int fairReentrantLockBesideCpu(Echo echo, FairCompetitor cpu) throws IOException {
    return cpu.roundTrip(echo);
  }
}
