package org.gil4j.samples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Program 5 of the main job: the I/O convoy, one table per kind of I/O, every lock beside the CPU
 * thread compared with the CPython-style 5 ms lock of the same run, and the verdict.
 *
 * <p>Only the sleep rows are judged. A loopback echo comes back in about 20 us, which is about as
 * long as the CPU thread takes to wake up once the I/O thread lets go of the lock; whether the echo
 * finds the CPython-style lock free again (no convoy) or taken (a 5 ms wait) is then up to the
 * scheduler, so that row's figure says more about the machine than about either lock. A 100 us
 * sleep is longer than that wake-up, so the CPU thread always holds the lock when the sleeper
 * returns: the convoy the claim is about.
 */
final class ConvoyProgram {
  /** The claim, one line. */
  static final String CLAIM =
      "beside a CPU-bound thread, an I/O thread that blocks 100 us at a time gets at least 5x as"
          + " many operations done with gil4j as with a CPython-style 5 ms lock, and the CPU"
          + " thread still gets at least half as much work done";

  /**
   * Least I/O operations per second beside gil4j, relative to the CPython-style lock: a fifth of
   * the ideal (a 100 us sleep plus at most one 50 us slice, against a sleep plus a 5 ms interval,
   * is about 30x), leaving room for the wake-ups and tails of a shared machine.
   */
  static final double OPS_BOUND = 5;

  /** Least CPU work per second beside gil4j, relative to beside the CPython-style lock. */
  static final double WORK_BOUND = 0.5;

  /** How long each CPU slice between two checkpoints takes. */
  static final Duration SLICE = Duration.ofNanos(50_000);

  /** The rows of each table, in order: the lock, and whether the CPU thread runs. */
  private static final Object[][] CONFIGS = {
    {IoConvoy.LockKind.GIL, false},
    {IoConvoy.LockKind.GIL, true},
    {IoConvoy.LockKind.GIL_YIELD_GRACE, true},
    {IoConvoy.LockKind.UNFAIR_REENTRANT_LOCK, true},
    {IoConvoy.LockKind.FAIR_REENTRANT_LOCK, true},
    {IoConvoy.LockKind.CPYTHON_STYLE, true},
  };

  private final Main.Sizes sizes;
  private final PrintStream out;
  private final PrintStream progress;

  ConvoyProgram(Main.Sizes sizes, PrintStream out, PrintStream progress) {
    this.sizes = sizes;
    this.out = out;
    this.progress = progress;
  }

  /** Runs every row, prints the tables, and returns the verdict. */
  Verdict run() throws Exception {
    long sliceSteps = IoConvoy.calibrateSliceSteps(SLICE);
    out.printf(
        "CPU thread: slices of %,d generator steps (about %d us), a checkpoint after each;"
            + " latency is from releasing the lock to holding it again%n",
        sliceSteps, SLICE.toNanos() / 1000);
    progress.printf(
        "  (%d rows, each up to %,d operations or %d ms)%n",
        CONFIGS.length * IoConvoy.IoKind.values().length,
        sizes.convoyOps(),
        sizes.convoyTime().toMillis());
    List<Verdict.Check> checks = new ArrayList<>();
    for (IoConvoy.IoKind io : IoConvoy.IoKind.values()) {
      boolean judged = io == IoConvoy.IoKind.SLEEP_100_US;
      Map<IoConvoy.LockKind, IoConvoy.Result> beside = new EnumMap<>(IoConvoy.LockKind.class);
      List<IoConvoy.Result> results = new ArrayList<>();
      for (Object[] config : CONFIGS) {
        IoConvoy.LockKind lock = (IoConvoy.LockKind) config[0];
        boolean withCpu = (Boolean) config[1];
        IoConvoy.Result r =
            IoConvoy.run(lock, io, withCpu, sizes.convoyOps(), sizes.convoyTime(), sliceSteps);
        if (r.echoMismatches() != 0 || !r.cpuChecksumCorrect()) {
          throw new IllegalStateException("wrong convoy result: " + r.name());
        }
        results.add(r);
        if (withCpu) {
          beside.put(lock, r);
        }
      }
      printTable(io, results, beside.get(IoConvoy.LockKind.CPYTHON_STYLE));
      if (!judged) {
        out.println(
            "(not judged: an echo returns about as fast as the CPU thread wakes, so whether it"
                + " convoys behind the CPython-style lock is up to the scheduler)");
        continue;
      }
      IoConvoy.Result gil = beside.get(IoConvoy.LockKind.GIL);
      IoConvoy.Result cpython = beside.get(IoConvoy.LockKind.CPYTHON_STYLE);
      checks.add(
          Verdict.Check.atLeast(
              io.label() + ": I/O operations per second, gil4j / CPython-style lock",
              ratio(gil.opsPerSecond(), cpython.opsPerSecond()),
              OPS_BOUND));
      checks.add(
          Verdict.Check.atLeast(
              io.label() + ": CPU work per second, gil4j / CPython-style lock",
              ratio(gil.cpuStepsPerSecond(), cpython.cpuStepsPerSecond()),
              WORK_BOUND));
    }
    return new Verdict(CLAIM, checks, Verdict.Load.now());
  }

  /** One table: latencies with their ratio to the best, and the CPU thread's work. */
  private void printTable(
      IoConvoy.IoKind io, List<IoConvoy.Result> results, IoConvoy.Result baseline) {
    String title =
        io == IoConvoy.IoKind.SOCKET_ECHO
            ? "I/O convoy: one-byte loopback echo"
            : "I/O convoy: 100 us sleep";
    Table table =
        new Table(title, "Name (latency in us)")
            .column("Min", true)
            .column("Median", true)
            .column("P90", true)
            .column("Max", true)
            .column("CPU steps/s", false)
            .column("vs CPython", false)
            .column("Ops/s", false)
            .keepOrder();
    for (IoConvoy.Result r : results) {
      boolean cpu = r.withCpuThread();
      table.row(
          r.name(),
          r.quantileNanos(0) / 1e3,
          r.quantileNanos(0.5) / 1e3,
          r.quantileNanos(0.9) / 1e3,
          r.quantileNanos(1) / 1e3,
          cpu ? String.format("%.0f M", r.cpuStepsPerSecond() / 1e6) : "-",
          cpu ? Verdict.ratio(ratio(r.cpuStepsPerSecond(), baseline.cpuStepsPerSecond())) : "-",
          String.format("%.0f", r.opsPerSecond()));
    }
    table.print(out);
  }

  /** {@code a / b}, NaN when {@code b} is not positive. */
  static double ratio(double a, double b) {
    return b > 0 ? a / b : Double.NaN;
  }
}
