package org.gil4j.benchmarks.peers;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
 * The convoy, one thread per role, measuring work: the benchmark thread (the I/O thread) holds the
 * lock and releases it around each blocking operation, a 100 µs sleep ({@code io=sleep}) or a
 * one-byte Unix-domain echo ({@code io=echo}); beside it {@code cpus} CPU threads compute slices of
 * {@code sliceSteps} generator steps (about 50 µs) holding the lock, with a checkpoint between
 * two slices ({@link CpuThreads}).
 *
 * <p>JMH samples the I/O operation's latency, from releasing the lock to holding it again
 * ({@code p0.50}, {@code p0.90}). Each CPU thread's useful work, whole slices per second over the
 * measurement iterations, is printed as {@link Metrics} lines: {@code cpu0}, {@code cpu1}, their
 * minimum {@code cpuMin}, mean {@code cpuMean} and sum {@code cpuSum}, and {@code sliceUs}, one
 * slice timed alone in this fork. With {@code cpus=0} this is the uncontended blocking round trip.
 *
 * <p>{@code lock} is one of {@code gil}, {@code unfair}, {@code fair}, {@code cpython}, {@code
 * none} ({@link Peer#named}); the targets compare gil4j's latency with gil4j alone and its CPU
 * threads' work with the CPython-style lock's in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ConvoyWorkBenchmark {
  /** How long the sleep operation parks. */
  static final long SLEEP_NANOS = 100_000;

  /** The lock. */
  @Param({"gil"})
  public String lock;

  /** The blocking operation: {@code sleep} or {@code echo}. */
  @Param({"sleep"})
  public String io;

  /** How many CPU threads run beside the I/O thread. */
  @Param({"1"})
  public int cpus;

  /** Generator steps per CPU slice (the run script measures the number for 50 µs). */
  @Param({"17000"})
  public long sliceSteps;

  private Peer peer;
  private Peer.Blocking operation;
  private UnixEcho echo;
  private CpuThreads cpu;
  private Peer.Hold hold;
  private int next;
  private boolean measuring;
  private long[] startSlices;
  private long startNanos;
  private double[] slicesPerSecond; // summed over measurement iterations
  private int measuredIterations;
  private long sliceNanos;

  /** Opens the echo if one is used, times one slice alone, starts the CPU threads. */
  @Setup(Level.Trial)
  public void start() throws IOException, InterruptedException {
    peer = Peer.named(lock);
    switch (io) {
      case "sleep":
        operation = ConvoyWorkBenchmark::sleep;
        break;
      case "echo":
        echo = new UnixEcho();
        operation = () -> echo.echo(next++);
        break;
      default:
        throw new IllegalArgumentException("unknown io '" + io + "'");
    }
    sliceNanos = CpuThreads.measureNanos(sliceSteps);
    slicesPerSecond = new double[cpus];
    if (cpus > 0) {
      cpu = new CpuThreads(peer, cpus, sliceSteps);
    }
  }

  /** Takes the lock on the I/O thread and notes where the CPU threads' counts stand. */
  @Setup(Level.Iteration)
  public void begin(IterationParams iteration) {
    hold = peer.hold();
    measuring = iteration.getType() == IterationType.MEASUREMENT;
    startSlices = cpu == null ? new long[0] : cpu.slices();
    startNanos = System.nanoTime();
  }

  /** Counts the CPU threads' slices of this iteration and gives the lock back. */
  @TearDown(Level.Iteration)
  public void end() {
    long elapsed = System.nanoTime() - startNanos;
    long[] now = cpu == null ? new long[0] : cpu.slices();
    hold.close();
    if (measuring) {
      for (int i = 0; i < now.length; i++) {
        slicesPerSecond[i] += (now[i] - startSlices[i]) * 1e9 / elapsed;
      }
      measuredIterations++;
    }
  }

  /** Stops the CPU threads, closes the echo, prints the CPU work. */
  @TearDown(Level.Trial)
  public void stop(BenchmarkParams params) throws IOException, InterruptedException {
    if (cpu != null) {
      cpu.stop();
    }
    if (echo != null) {
      echo.close();
    }
    Metrics.mean(params, "sliceUs", sliceNanos / 1e3);
    if (cpus == 0 || measuredIterations == 0) {
      return;
    }
    double min = Double.POSITIVE_INFINITY;
    double sum = 0;
    for (int i = 0; i < cpus; i++) {
      double perSecond = slicesPerSecond[i] / measuredIterations;
      Metrics.mean(params, "cpu" + i, perSecond);
      min = Math.min(min, perSecond);
      sum += perSecond;
    }
    Metrics.mean(params, "cpuMin", min);
    Metrics.mean(params, "cpuMean", sum / cpus);
    Metrics.mean(params, "cpuSum", sum);
  }

  /** One blocking operation with the lock released: the latency JMH samples. */
  @Benchmark
  public void op() throws IOException {
    hold.releaseAround(operation);
  }

  /** Parks until {@link #SLEEP_NANOS} have passed. */
  private static void sleep() {
    long deadline = System.nanoTime() + SLEEP_NANOS;
    for (long left = SLEEP_NANOS; left > 0; left = deadline - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }
}
