package org.gil4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints one run of the peers suites as a Markdown table, a row per scenario and a column per lock
 * (unfair and fair {@code ReentrantLock}, the CPython-style lock, gil4j, no lock), with the figures
 * themselves rather than their ratios; the ratios and targets are {@link Ratios}'s.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.gil4j.benchmarks.PeerTable benchmarks/results/peers-17
 * </pre>
 */
public final class PeerTable {
  private static final String[] LOCKS = {"unfair", "fair", "cpython", "gil", "none"};
  private static final String U = "UncontendedPeersBenchmark.";
  private static final String T = "TinySectionsBenchmark.";
  private static final String C = "ConvoyWorkBenchmark.op";

  private final Scores run;
  private final StringBuilder out = new StringBuilder();

  private PeerTable(Scores run) {
    this.run = run;
  }

  /** Reads the run directory {@code args[0]} and prints its table. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PeerTable <run directory>");
      System.exit(2);
    }
    System.out.print(new PeerTable(Scores.read(Path.of(args[0]))).table());
  }

  private String table() {
    out.append("| scenario | unfair `ReentrantLock` | fair `ReentrantLock` | CPython-style 5 ms"
        + " | gil4j | no lock |\n|---|---|---|---|---|---|\n");
    row("uncontended hold (ns)", "%.1f", U + "unfairHold", U + "fairHold", U + "cpythonHold",
        U + "gilAcquireHold", null);
    row("... `Gil.withGil` (ns)", "%.1f", null, null, null, U + "gilWithGilHold", null);
    row("re-entrant acquire (ns)", "%.1f", U + "unfairNested", U + "fairNested", null,
        U + "gilAcquireNested", null);
    row("release round trip (ns)", "%.1f", U + "unfairRoundTrip", U + "fairRoundTrip",
        U + "cpythonRoundTrip", U + "gilReleaseRoundTrip", null);
    for (int n : new int[] {2, 4}) {
      String[] ops = new String[LOCKS.length];
      String[] waits = new String[LOCKS.length];
      String[] longWaits = new String[LOCKS.length];
      for (int i = 0; i < LOCKS.length; i++) {
        ops[i] = LOCKS[i].equals("none") ? null : T + LOCKS[i] + n;
        waits[i] = T + LOCKS[i] + n + ":maxWaitUs";
        longWaits[i] = T + LOCKS[i] + n + ":longWaits";
      }
      row(n + " threads, tiny sections (ops/us)", "%.2f", ops);
      row("... longest wait of any thread (us)", "%,.0f", waits);
      row("... waits over 5.05 ms", "%.0f", longWaits);
    }
    for (String io : new String[] {"sleep", "echo"}) {
      String alone = "[cpus=0,io=" + io + ",lock=";
      row(io + " alone: I/O p50 / p90 (us)", null, C + ":p0.50" + alone + "unfair]", null, null,
          C + ":p0.50" + alone + "gil]", null);
      for (int cpus : new int[] {1, 2}) {
        String at = io + " beside " + cpus + " CPU thread" + (cpus == 1 ? "" : "s");
        String[] p50 = new String[LOCKS.length];
        String[] work = new String[LOCKS.length];
        for (int i = 0; i < LOCKS.length; i++) {
          String params = "[cpus=" + cpus + ",io=" + io + ",lock=" + LOCKS[i] + "]";
          p50[i] = C + ":p0.50" + params;
          work[i] = C + ":cpuMin" + params;
        }
        row(at + ": I/O p50 / p90 (us)", null, p50);
        row("... slowest CPU thread's slices/s", "%,.0f", work);
        if (io.equals("sleep") && cpus == 1) {
          String[] slice = new String[LOCKS.length];
          for (int i = 0; i < LOCKS.length; i++) {
            slice[i] = C + ":sliceUs[cpus=1,io=sleep,lock=" + LOCKS[i] + "]";
          }
          row("... one slice alone in that fork (us)", "%.1f", slice);
        }
      }
    }
    return out.toString();
  }

  /**
   * One row; {@code format} null means a latency cell: the p50 key given and its p90 beside it.
   */
  private void row(String label, String format, String... keys) {
    out.append("| ").append(label).append(" |");
    for (String key : keys) {
      out.append(' ').append(cell(format, key)).append(" |");
    }
    out.append('\n');
  }

  private String cell(String format, String key) {
    if (key == null) {
      return "";
    }
    Double v = run.find(key);
    if (v == null) {
      return "-";
    }
    if (format != null) {
      return String.format(Locale.ROOT, format, v);
    }
    Double p90 = run.find(key.replace(":p0.50", ":p0.90"));
    return String.format(Locale.ROOT, "%s / %s", latency(v), p90 == null ? "-" : latency(p90));
  }

  /** Microseconds, as ms above 1,000. */
  private static String latency(double us) {
    return us >= 1000
        ? String.format(Locale.ROOT, "%.2f ms", us / 1000)
        : String.format(Locale.ROOT, "%.1f", us);
  }
}
