package org.gil4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the ratios the issues set targets for, from JMH result files written with {@code -rf csv
 * -rff FILE} and the metric lines of their logs ({@link Scores}). Only ratios whose two scores are
 * both in one run are printed, so one run of a subset gives a partial table, never a ratio across
 * runs. Each argument is one run: a CSV file, or a directory holding a run's CSV files and logs;
 * with several, the table has one column per run (the run script passes one per JDK).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.gil4j.benchmarks.Ratios result.csv
 * java -cp benchmarks/target/benchmarks.jar org.gil4j.benchmarks.Ratios results/peers-17 results/peers-25
 * </pre>
 */
public final class Ratios {

  /**
   * One target: {@code score(numerator) / score(denominator)}, or the numerator's score itself when
   * {@code denominator} is null, compared against {@code limit}; a limit of 0 or infinity means no
   * target (the line is information).
   */
  record Target(
      String label, String numerator, String denominator, boolean atMost, double limit) {

    /** Whether the line has a target to meet. */
    boolean judged() {
      return !Double.isInfinite(limit) && limit != 0;
    }

    /** The quotient (or value) in {@code run}, or null when a score is missing. */
    Double value(Scores run) {
      Double num = run.find(numerator);
      Double den = denominator == null ? Double.valueOf(1) : run.find(denominator);
      return num == null || den == null ? null : num / den;
    }

    /** Whether {@code ratio} meets this target. */
    boolean met(double ratio) {
      return atMost ? ratio <= limit : ratio >= limit;
    }
  }

  /** The targets of the first benchmarks, in the order the README lists them. */
  static final List<Target> TARGETS =
      List.of(
          new Target(
              "uncontended Gil.acquire()/close vs ReentrantLock (unfair)",
              "UncontendedBenchmark.gilAcquireClose",
              "UncontendedBenchmark.reentrantLockUnfair",
              true,
              1.1),
          new Target(
              "uncontended Gil.withGil vs ReentrantLock (unfair)",
              "UncontendedBenchmark.gilWithGil",
              "UncontendedBenchmark.reentrantLockUnfair",
              true,
              1.1),
          new Target(
              "uncontended Gil.runWithGil vs ReentrantLock (unfair)",
              "UncontendedBenchmark.gilRunWithGil",
              "UncontendedBenchmark.reentrantLockUnfair",
              true,
              1.1),
          new Target(
              "uncontended Gil.acquire()/close vs synchronized (info)",
              "UncontendedBenchmark.gilAcquireClose",
              "UncontendedBenchmark.synchronizedBlock",
              true,
              Double.POSITIVE_INFINITY),
          new Target(
              "re-entrant Gil.acquire() vs uncontended Gil.acquire()",
              "HeldBenchmark.reentrantGilAcquire",
              "UncontendedBenchmark.gilAcquireClose",
              true,
              1.0 / 3),
          new Target(
              "re-entrant Gil.withGil vs uncontended Gil.acquire()",
              "HeldBenchmark.reentrantGilWithGil",
              "UncontendedBenchmark.gilAcquireClose",
              true,
              1.0 / 3),
          new Target(
              "allowThreads round trip vs uncontended Gil.acquire()",
              "HeldBenchmark.allowThreadsRoundTrip",
              "UncontendedBenchmark.gilAcquireClose",
              true,
              2.5),
          new Target(
              "release() scope round trip vs uncontended Gil.acquire()",
              "HeldBenchmark.releaseScopeRoundTrip",
              "UncontendedBenchmark.gilAcquireClose",
              true,
              2.5),
          new Target(
              "2 threads contending: Gil throughput / ReentrantLock (info)",
              "ContendedBenchmark.gilAcquireClose",
              "ContendedBenchmark.reentrantLockUnfair",
              false,
              0),
          new Target(
              "2 threads contending: Gil throughput / synchronized (info)",
              "ContendedBenchmark.gilAcquireClose",
              "ContendedBenchmark.synchronizedBlock",
              false,
              0),
          new Target(
              "generated @WithGil wrapper call vs hand-written acquire/close",
              "WrapperBenchmark.generatedWrapper",
              "WrapperBenchmark.handWritten",
              true,
              1.05),
          new Target(
              "generated @WithGil wrapper vs hand-written, caller holds the lock",
              "WrapperBenchmark.generatedWrapperHeld",
              "WrapperBenchmark.handWrittenHeld",
              true,
              1.05),
          new Target(
              "generated @NoGil wrapper vs hand-written releaseIfHeld, caller holds the lock",
              "WrapperBenchmark.generatedNoGilHeld",
              "WrapperBenchmark.handWrittenNoGilHeld",
              true,
              1.05),
          new Target(
              "word count: 2 threads via @NoGil wrapper, throughput vs lock-held sequential",
              "WordCountBenchmark.sequentialHeld",
              "WordCountBenchmark.twoThreadsReleased",
              false,
              1.8),
          new Target(
              "word count: 2 threads holding the lock, throughput vs lock-held sequential",
              "WordCountBenchmark.sequentialHeld",
              "WordCountBenchmark.twoThreadsHeld",
              true,
              1.1),
          new Target(
              "convoy: I/O median latency beside checkpointing CPU thread vs alone",
              "ConvoyBenchmark.gilBesideCpu:p0.50",
              "ConvoyBenchmark.alone:p0.50",
              true,
              2.0),
          new Target(
              "convoy: unfair ReentrantLock latency / gil4j latency (how much better)",
              "ConvoyBenchmark.reentrantLockBesideCpu:p0.50",
              "ConvoyBenchmark.gilBesideCpu:p0.50",
              false,
              10.0),
          new Target(
              "convoy: gil4j beside CPU vs beside a CPU thread that takes no lock (info)",
              "ConvoyBenchmark.gilBesideCpu:p0.50",
              "ConvoyBenchmark.gilBesideUnlockedCpu:p0.50",
              true,
              Double.POSITIVE_INFINITY),
          new Target(
              "convoy: fair ReentrantLock latency / gil4j latency (info)",
              "ConvoyBenchmark.fairReentrantLockBesideCpu:p0.50",
              "ConvoyBenchmark.gilBesideCpu:p0.50",
              false,
              0));

  private Ratios() {}

  /** Reads each run named by {@code args} and prints one line per target computable in one. */
  public static void main(String[] args) throws IOException {
    boolean markdown = args.length > 0 && args[0].equals("--markdown");
    List<String> names = List.of(args).subList(markdown ? 1 : 0, args.length);
    if (names.isEmpty()) {
      System.err.println("usage: Ratios [--markdown] <jmh-result.csv | run directory>...");
      System.exit(2);
    }
    List<Scores> runs = new ArrayList<>();
    for (String arg : names) {
      Scores run = Scores.read(Path.of(arg));
      if (run.isEmpty()) {
        System.err.println("no benchmark rows in " + arg);
        System.exit(1);
      }
      runs.add(run);
    }
    List<Target> targets = new ArrayList<>(TARGETS);
    targets.addAll(PeerTargets.TARGETS);
    if (markdown) {
      printMarkdown(targets, names, runs);
      return;
    }
    int width = 0;
    for (Target t : targets) {
      width = Math.max(width, t.label().length());
    }
    if (runs.size() > 1) {
      StringBuilder header = new StringBuilder(" ".repeat(width));
      for (String arg : names) {
        header.append(String.format(Locale.ROOT, " %22s", Path.of(arg).getFileName()));
      }
      System.out.println(header.toString().stripTrailing());
    }
    for (Target t : targets) {
      print(t, runs, width);
    }
  }

  /** The targets that have a limit, as a Markdown table with a column per run. */
  private static void printMarkdown(List<Target> targets, List<String> names, List<Scores> runs) {
    StringBuilder header = new StringBuilder("| quotient |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String name : names) {
      header.append(' ').append(Path.of(name).getFileName()).append(" |");
      rule.append("---|");
    }
    System.out.println(header.append(" target |"));
    System.out.println(rule.append("---|"));
    for (Target t : targets) {
      if (!t.judged()) {
        continue;
      }
      StringBuilder line = new StringBuilder("| ").append(t.label()).append(" |");
      boolean any = false;
      for (Scores run : runs) {
        Double v = t.value(run);
        any |= v != null;
        line.append(
            v == null
                ? " - |"
                : String.format(Locale.ROOT, " %.3f %s |", v, t.met(v) ? "met" : "**missed**"));
      }
      if (any) {
        System.out.println(
            line.append(String.format(Locale.ROOT, " %s %.3f |", t.atMost() ? "<=" : ">=",
                t.limit())));
      }
    }
  }

  /** One line: the label, each run's value and verdict, and the target; nothing if no run has it. */
  private static void print(Target t, List<Scores> runs, int width) {
    List<Double> values = new ArrayList<>();
    boolean any = false;
    for (Scores run : runs) {
      Double v = t.value(run);
      values.add(v);
      any |= v != null;
    }
    if (!any) {
      return;
    }
    StringBuilder line = new StringBuilder(t.label());
    line.append(" ".repeat(width - t.label().length()));
    for (Double v : values) {
      String verdict = v == null || !t.judged() ? "" : t.met(v) ? " MET" : " MISSED";
      String cell = v == null ? "-" : String.format(Locale.ROOT, "%.3f%s", v, verdict);
      line.append(String.format(Locale.ROOT, runs.size() > 1 ? " %22s" : " %s", cell));
    }
    line.append(
        t.judged()
            ? String.format(Locale.ROOT, "  (target %s %.3f)", t.atMost() ? "<=" : ">=", t.limit())
            : "  (no target)");
    System.out.println(line);
  }
}
