package org.gil4j.benchmarks.peers;

import java.lang.reflect.Method;
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
 * ({@code sites}, the production setting) or every hold ({@code sitesEvery}). An uncontended hold
 * in nanoseconds, and two threads on tiny sections in operations per microsecond; the ratios to
 * {@code off} in the same run are the cost.
 *
 * <p>Site telemetry is switched on through {@code Gil.setSiteSampling}, looked up reflectively so
 * that this suite builds against a runtime without it; {@link #main} prints the values of {@code
 * telemetry} the runtime on the class path supports, for the run script.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TelemetryBenchmark {
  /** {@code off}, {@code stats}, {@code sites} or {@code sitesEvery}. */
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
        setSiteSampling(1_000);
        break;
      case "sitesEvery":
        setSiteSampling(1);
        break;
      default:
        throw new IllegalArgumentException("unknown telemetry '" + telemetry + "'");
    }
  }

  /** Back to the defaults. */
  @TearDown(Level.Trial)
  public void restore() {
    Gil.setStatsEnabled(false);
    if (siteSampling() != null) {
      setSiteSampling(0);
    }
  }

  /** Prints the {@code telemetry} values this runtime supports, separated by commas. */
  public static void main(String[] args) {
    System.out.println(siteSampling() == null ? "off,stats" : "off,stats,sites,sitesEvery");
  }

  /** {@code Gil.setSiteSampling(int)}, or null when the runtime has no site telemetry. */
  private static Method siteSampling() {
    try {
      return Gil.class.getMethod("setSiteSampling", int.class);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static void setSiteSampling(int oneIn) {
    Method m = siteSampling();
    if (m == null) {
      throw new UnsupportedOperationException("this runtime has no Gil.setSiteSampling");
    }
    try {
      m.invoke(null, oneIn);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Gil.setSiteSampling(" + oneIn + ") failed", e);
    }
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
