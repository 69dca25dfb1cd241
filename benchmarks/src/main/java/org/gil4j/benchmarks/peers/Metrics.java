package org.gil4j.benchmarks.peers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Figures JMH cannot score itself (the CPU threads' work beside the measured thread, the longest
 * wait of any thread), printed into the run's log as one line each:
 *
 * <pre>
 * [metric] org.gil4j.benchmarks.peers.ConvoyWorkBenchmark.op:cpuMin[cpus=1,io=sleep,lock=gil] 15342.1 mean
 * </pre>
 *
 * <p>The key is the benchmark, the metric and the parameters sorted by name, the form in which
 * {@link org.gil4j.benchmarks.Ratios} keys JMH's own scores; the last word says how Ratios combines
 * the lines of several forks or threads ({@code mean}, {@code max} or {@code sum}).
 */
final class Metrics {
  /** How the first word of a metric line reads. */
  static final String TAG = "[metric]";

  private Metrics() {}

  /** The key of {@code metric} for the benchmark and parameters of this fork. */
  static String key(BenchmarkParams params, String metric) {
    List<String> names = new ArrayList<>(params.getParamsKeys());
    Collections.sort(names);
    StringBuilder key = new StringBuilder(params.getBenchmark()).append(':').append(metric);
    if (!names.isEmpty()) {
      key.append('[');
      for (int i = 0; i < names.size(); i++) {
        key.append(i == 0 ? "" : ",").append(names.get(i)).append('=');
        key.append(params.getParam(names.get(i)));
      }
      key.append(']');
    }
    return key.toString();
  }

  /** Prints one metric line, to be combined across forks by their mean. */
  static void mean(BenchmarkParams params, String metric, double value) {
    print(params, metric, value, "mean");
  }

  /** Prints one metric line, to be combined across forks and threads by their sum. */
  static void sum(BenchmarkParams params, String metric, double value) {
    print(params, metric, value, "sum");
  }

  /** Prints one metric line, to be combined across forks by their maximum. */
  static void max(BenchmarkParams params, String metric, double value) {
    print(params, metric, value, "max");
  }

  private static void print(BenchmarkParams params, String metric, double value, String how) {
    // A line of its own: JMH's progress output shares the stream.
    System.out.printf(Locale.ROOT, "%n%s %s %.3f %s%n", TAG, key(params, metric), value, how);
  }
}
