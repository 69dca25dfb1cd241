package org.gil4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.gil4j.benchmarks.Ratios.Target;

/**
 * The targets of the lock-against-its-peers suites ({@code org.gil4j.benchmarks.peers}): gil4j
 * against unfair and fair {@code ReentrantLock} and a CPython-style 5 ms hand-off lock measured in
 * the same run, uncontended, on tiny contended sections, in the convoy and on a blocking round
 * trip; plus the cost of the lock's telemetry. Lines without a target are there to show the peers.
 */
final class PeerTargets {
  /** One switch interval (5 ms) plus one 50 µs slice, in microseconds. */
  static final double MAX_WAIT_US = 5_050;

  private static final String U = "UncontendedPeersBenchmark.";
  private static final String T = "TinySectionsBenchmark.";
  private static final String C = "ConvoyWorkBenchmark.op";
  private static final String TEL = "TelemetryBenchmark.";

  /** All of them, in the order the README lists them. */
  static final List<Target> TARGETS = build();

  private PeerTargets() {}

  private static List<Target> build() {
    List<Target> t = new ArrayList<>();
    t.add(atMost("uncontended hold: Gil.acquire()/close vs unfair ReentrantLock",
        U + "gilAcquireHold", U + "unfairHold", 1.0));
    t.add(atMost("uncontended release() scope round trip vs unfair ReentrantLock unlock/lock",
        U + "gilReleaseRoundTrip", U + "unfairRoundTrip", 1.0));
    t.add(info("uncontended hold: Gil.withGil vs unfair ReentrantLock",
        U + "gilWithGilHold", U + "unfairHold"));
    t.add(info("uncontended allowThreads round trip vs unfair ReentrantLock unlock/lock",
        U + "gilAllowThreadsRoundTrip", U + "unfairRoundTrip"));
    t.add(info("re-entrant Gil.acquire() vs re-entrant unfair ReentrantLock",
        U + "gilAcquireNested", U + "unfairNested"));
    t.add(info("re-entrant Gil.withGil vs re-entrant unfair ReentrantLock",
        U + "gilWithGilNested", U + "unfairNested"));
    t.add(info("uncontended hold: fair ReentrantLock vs unfair", U + "fairHold", U + "unfairHold"));
    t.add(info("uncontended hold: CPython-style lock vs unfair ReentrantLock",
        U + "cpythonHold", U + "unfairHold"));
    for (int n : new int[] {2, 4}) {
      String k = Integer.toString(n);
      t.add(atLeast(n + " threads, tiny sections: gil4j throughput vs unfair ReentrantLock",
          T + "gil" + k, T + "unfair" + k, 0.8));
      t.add(info(n + " threads, tiny sections: fair ReentrantLock vs unfair",
          T + "fair" + k, T + "unfair" + k));
      t.add(info(n + " threads, tiny sections: CPython-style vs unfair ReentrantLock",
          T + "cpython" + k, T + "unfair" + k));
      t.add(new Target(n + " threads, tiny sections: gil4j longest wait of any thread (us)",
          T + "gil" + k + ":maxWaitUs", null, true, MAX_WAIT_US));
      for (String peer : new String[] {"unfair", "fair", "cpython", "none"}) {
        t.add(value(n + " threads, tiny sections: " + label(peer) + " longest wait (us)",
            T + peer + k + ":maxWaitUs"));
      }
      for (String peer : new String[] {"gil", "unfair", "fair", "cpython", "none"}) {
        t.add(value(n + " threads, tiny sections: " + label(peer) + " waits over 5.05 ms",
            T + peer + k + ":longWaits"));
      }
      for (String peer : new String[] {"unfair", "fair", "cpython", "gil"}) {
        t.add(value(n + " threads, tiny sections: " + label(peer) + " ops/us",
            T + peer + k));
      }
    }
    for (String io : new String[] {"sleep", "echo"}) {
      String alone = "[cpus=0,io=" + io + ",lock=gil]";
      t.add(value(io + " alone, gil4j: p50 (us)", C + ":p0.50" + alone));
      t.add(value(io + " alone, gil4j: p90 (us)", C + ":p0.90" + alone));
      for (int cpus : new int[] {1, 2}) {
        String at = io + " beside " + cpus + " CPU thread" + (cpus == 1 ? "" : "s") + ": ";
        String gil = "[cpus=" + cpus + ",io=" + io + ",lock=gil]";
        String cpython = "[cpus=" + cpus + ",io=" + io + ",lock=cpython]";
        t.add(atMost(at + "gil4j I/O p50 vs alone", C + ":p0.50" + gil, C + ":p0.50" + alone, 1.5));
        t.add(atLeast(at + "gil4j slowest CPU thread's slices/s vs CPython-style lock's",
            C + ":cpuMin" + gil, C + ":cpuMean" + cpython, 0.95));
        t.add(info(at + "gil4j I/O p90 vs alone", C + ":p0.90" + gil, C + ":p0.90" + alone));
        for (String peer : new String[] {"unfair", "fair", "cpython", "none"}) {
          String p = "[cpus=" + cpus + ",io=" + io + ",lock=" + peer + "]";
          t.add(info(at + label(peer) + " I/O p50 vs gil4j alone",
              C + ":p0.50" + p, C + ":p0.50" + alone));
          if (!peer.equals("cpython")) {
            t.add(info(at + label(peer) + " slowest CPU thread's slices/s vs CPython-style's",
                C + ":cpuMin" + p, C + ":cpuMean" + cpython));
          }
        }
        for (String peer : new String[] {"unfair", "fair", "cpython", "gil", "none"}) {
          String p = "[cpus=" + cpus + ",io=" + io + ",lock=" + peer + "]";
          t.add(value(at + label(peer) + " I/O p50 (us)", C + ":p0.50" + p));
          t.add(value(at + label(peer) + " I/O p90 (us)", C + ":p0.90" + p));
          t.add(value(at + label(peer) + " CPU slices/s per thread (mean)", C + ":cpuMean" + p));
        }
      }
    }
    t.add(atMost("blocking round trip alone (echo): gil4j p90 vs unfair ReentrantLock",
        C + ":p0.90[cpus=0,io=echo,lock=gil]", C + ":p0.90[cpus=0,io=echo,lock=unfair]", 1.3));
    t.add(info("blocking round trip alone (echo): gil4j p50 vs unfair ReentrantLock",
        C + ":p0.50[cpus=0,io=echo,lock=gil]", C + ":p0.50[cpus=0,io=echo,lock=unfair]"));
    t.add(value("blocking round trip alone (echo): unfair ReentrantLock p90 (us)",
        C + ":p0.90[cpus=0,io=echo,lock=unfair]"));
    String[][] modes = {
      {"stats", "stats on"},
      {"sites", "sites 1 in 1000"},
      {"sitesEvery", "sites every hold"},
      {"budget", "a 10 ms hold budget"}
    };
    for (String[] m : modes) {
      t.add(info("telemetry: uncontended hold, " + m[1] + " vs off",
          TEL + "hold[telemetry=" + m[0] + "]", TEL + "hold[telemetry=off]"));
    }
    for (String[] m : modes) {
      t.add(info("telemetry: 2 threads tiny sections throughput, " + m[1] + " vs off",
          TEL + "contended2[telemetry=" + m[0] + "]", TEL + "contended2[telemetry=off]"));
    }
    return List.copyOf(t);
  }

  private static String label(String peer) {
    switch (peer) {
      case "unfair":
        return "unfair ReentrantLock";
      case "fair":
        return "fair ReentrantLock";
      case "cpython":
        return "CPython-style";
      case "gil":
        return "gil4j";
      default:
        return "no lock";
    }
  }

  private static Target atMost(String label, String num, String den, double limit) {
    return new Target(label, num, den, true, limit);
  }

  private static Target atLeast(String label, String num, String den, double limit) {
    return new Target(label, num, den, false, limit);
  }

  private static Target info(String label, String num, String den) {
    return new Target(label, num, den, true, Double.POSITIVE_INFINITY);
  }

  private static Target value(String label, String num) {
    return new Target(label, num, null, true, Double.POSITIVE_INFINITY);
  }
}
