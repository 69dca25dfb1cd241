package org.gil4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the ratios the issues set targets for, from a JMH result file written with {@code -rf csv
 * -rff FILE}. Only ratios whose two benchmarks are both in the file are printed, so one run of a
 * subset gives a partial table, never a ratio across runs.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.gil4j.benchmarks.Ratios result.csv
 * </pre>
 */
public final class Ratios {

  /** One target: {@code score(numerator) / score(denominator)} compared against {@code limit}. */
  record Target(String label, String numerator, String denominator, boolean atMost, double limit) {

    /** Whether {@code ratio} meets this target. */
    boolean met(double ratio) {
      return atMost ? ratio <= limit : ratio >= limit;
    }
  }

  /** The targets of issues 2, 4 and 5, in the order the README lists them. */
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

  /** Reads the CSV named by {@code args[0]} and prints one line per computable target. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Ratios <jmh-result.csv>");
      System.exit(2);
    }
    Map<String, Double> scores = readScores(Path.of(args[0]));
    if (scores.isEmpty()) {
      System.err.println("no benchmark rows in " + args[0]);
      System.exit(1);
    }
    for (Target t : TARGETS) {
      Double num = find(scores, t.numerator());
      Double den = find(scores, t.denominator());
      if (num == null || den == null) {
        continue;
      }
      double ratio = num / den;
      String goal =
          Double.isInfinite(t.limit()) || t.limit() == 0
              ? "(no target)"
              : String.format(Locale.ROOT, "target %s %.3f: %s", t.atMost() ? "<=" : ">=",
                  t.limit(), t.met(ratio) ? "MET" : "MISSED");
      System.out.printf(Locale.ROOT, "%-80s %8.3f  %s%n", t.label(), ratio, goal);
    }
  }

  /** Finds the score of the benchmark whose name ends with {@code suffix}, or null. */
  private static Double find(Map<String, Double> scores, String suffix) {
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      if (e.getKey().endsWith("." + suffix) || e.getKey().equals(suffix)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Benchmark name to score, from JMH's CSV format (first column name, fifth column score). */
  static Map<String, Double> readScores(Path csv) throws IOException {
    Map<String, Double> scores = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      List<String> cells = splitCsv(line);
      if (cells.size() < 5) {
        continue;
      }
      try {
        scores.put(cells.get(0), Double.parseDouble(cells.get(4)));
      } catch (NumberFormatException e) {
        // A row without a numeric score (a failed benchmark) gives no ratio.
      }
    }
    return scores;
  }

  /** Splits one CSV line whose cells may be quoted (no escaped quotes occur in JMH output). */
  private static List<String> splitCsv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
