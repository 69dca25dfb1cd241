package org.gil4j.benchmarks.peers;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.gil4j.Gil;
import org.gil4j.GilToken;
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

/**
 * What the lock's telemetry costs: the same hold with statistics off ({@code telemetry=off}, the
 * default) and on ({@code stats}), and with per-site telemetry on, sampling one hold in 1,000
 * ({@code sites}, the production setting) or every hold ({@code sitesEvery}), and with a 10 ms
 * hold budget ({@code budget}, never overrun here). An uncontended hold
 * in nanoseconds, and two threads on tiny sections in operations per microsecond; the ratios to
 * {@code off} in the same run are the cost.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TelemetryBenchmark {
  /** {@code off}, {@code stats}, {@code sites}, {@code sitesEvery} or {@code budget}. */
  @Param({"off"})
  public String telemetry;

  private long counter;

  /** Switches the telemetry on or off for the fork. */
  @Setup(Level.Trial)
  public void configure() {
    switch (telemetry) {
      case "off":
        Gil.setStatsEnabled(false);
        break;
      case "stats":
        Gil.setStatsEnabled(true);
        break;
      case "sites":
        Gil.setSiteSampling(1_000);
        break;
      case "sitesEvery":
        Gil.setSiteSampling(1);
        break;
      case "budget":
        Gil.setHoldBudget(Duration.ofMillis(10));
        break;
      default:
        throw new IllegalArgumentException("unknown telemetry '" + telemetry + "'");
    }
  }

  /** Back to the defaults. */
  @TearDown(Level.Trial)
  public void restore() {
    Gil.setStatsEnabled(false);
    Gil.setSiteSampling(0);
    Gil.setHoldBudget(Duration.ZERO);
  }

  /** One thread, {@code try (GilToken gil = Gil.acquire())} around an increment. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @SuppressWarnings("try") // the token only brackets the body
  public void hold() {
    try (GilToken gil = Gil.acquire()) {
      counter++;
    }
  }

  /** Two threads on {@code Gil.withGil} around an increment. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(2)
  public Object contended2() {
    return Gil.withGil(gil -> {
      counter++;
      return this;
    });
  }
}
