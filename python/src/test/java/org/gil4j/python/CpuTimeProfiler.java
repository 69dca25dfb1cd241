package org.gil4j.python;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, for a machine shared with other work: wall-clock time per operation
 * grows with every moment the benchmark thread waits for a core, CPU time does not. Reports the
 * benchmark's own threads ({@code cpu.thread}) and the whole forked JVM, garbage collection and
 * compilation included ({@code cpu.process}), in ns/op. Use with {@code -prof
 * org.gil4j.python.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private long threadStart;
  private long processStart;

  @Override
  public String getDescription() {
    return "CPU time per operation: the benchmark threads' and the JVM's";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    threadStart = workerCpu();
    processStart = OS.getProcessCpuTime();
  }

  @Override
  public List<Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long ops = result.getMetadata().getMeasuredOps();
    if (ops <= 0) {
      return List.of();
    }
    double thread = (workerCpu() - threadStart) / (double) ops;
    double process = (OS.getProcessCpuTime() - processStart) / (double) ops;
    return List.of(
        new ScalarResult("cpu.thread", thread, "ns/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.process", process, "ns/op", AggregationPolicy.AVG));
  }

  /** The CPU time so far of JMH's worker threads, which run the benchmark method. */
  private static long workerCpu() {
    long sum = 0;
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("-jmh-worker-")) {
        long cpu = THREADS.getThreadCpuTime(t.getThreadId());
        if (cpu > 0) {
          sum += cpu;
        }
      }
    }
    return sum;
  }
}
