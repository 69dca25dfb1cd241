package org.gil4j.samples;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.util.ListStatistics;

/**
 * A small timing harness for the main job: warm-up rounds, then timed rounds of one task,
 * summarised by JMH's {@link ListStatistics}. JMH itself (in {@code benchmarks/}) is the real
 * measurement; this gives a newcomer the picture in seconds, inside one JVM, with every result
 * checked.
 */
public final class Bench {
  private Bench() {}

  /** One timed task; it throws if its result is wrong, so a fast wrong answer never counts. */
  @FunctionalInterface
  public interface Task {
    /** Runs the task once. */
    void run() throws Exception;
  }

  /**
   * The times of one task's rounds.
   *
   * @param name what was timed
   * @param nanos the duration of each timed round, in the order they ran
   */
  public record Timing(String name, long[] nanos) {
    /** Copies the rounds and refuses an empty list. */
    public Timing {
      if (nanos.length == 0) {
        throw new IllegalArgumentException("a timing needs at least one round");
      }
      nanos = nanos.clone();
    }

    /** The rounds' statistics (JMH's), in nanoseconds. */
    public ListStatistics statistics() {
      return new ListStatistics(nanos);
    }

    /** The fastest round, in milliseconds. */
    public double minMillis() {
      return statistics().getMin() / 1e6;
    }

    /** The median round (JMH's 50th percentile), in milliseconds. */
    public double medianMillis() {
      return statistics().getPercentile(50) / 1e6;
    }

    /** The slowest round, in milliseconds. */
    public double maxMillis() {
      return statistics().getMax() / 1e6;
    }

    /** The number of timed rounds. */
    public int rounds() {
      return nanos.length;
    }
  }

  /**
   * Times several tasks in turn: each one's warm-ups first, then {@code rounds} rounds in which
   * every task runs once, in order. Interleaving gives every row the same machine: when other
   * processes take a core for a few seconds, all rows lose rounds to it, not the one that happened
   * to run then, so ratios between rows stay meaningful.
   *
   * @return one timing per task, in order
   * @throws IllegalArgumentException if the lists differ in length, {@code rounds} is below 1 or
   *     {@code warmups} negative
   * @throws Exception whatever a task throws, unchanged
   */
  public static List<Timing> interleaved(
      List<String> names, List<Task> tasks, int warmups, int rounds) throws Exception {
    if (names.size() != tasks.size() || rounds < 1 || warmups < 0) {
      throw new IllegalArgumentException(
          "one name per task, rounds >= 1 and warmups >= 0 are needed");
    }
    for (Task task : tasks) {
      for (int i = 0; i < warmups; i++) {
        task.run();
      }
    }
    long[][] nanos = new long[tasks.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int t = 0; t < tasks.size(); t++) {
        long start = System.nanoTime();
        tasks.get(t).run();
        nanos[t][r] = System.nanoTime() - start;
      }
    }
    List<Timing> timings = new ArrayList<>();
    for (int t = 0; t < tasks.size(); t++) {
      timings.add(new Timing(names.get(t), nanos[t]));
    }
    return timings;
  }

  /**
   * Runs {@code task} {@code warmups} times untimed, then {@code rounds} times timed.
   *
   * @throws IllegalArgumentException if {@code rounds} is below 1 or {@code warmups} negative
   * @throws Exception whatever the task throws, unchanged
   */
  public static Timing time(String name, int warmups, int rounds, Task task) throws Exception {
    if (rounds < 1 || warmups < 0) {
      throw new IllegalArgumentException("rounds must be >= 1 and warmups >= 0");
    }
    for (int i = 0; i < warmups; i++) {
      task.run();
    }
    long[] nanos = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      task.run();
      nanos[i] = System.nanoTime() - start;
    }
    return new Timing(name, nanos);
  }
}
