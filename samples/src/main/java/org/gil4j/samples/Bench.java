package org.gil4j.samples;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A small timing harness for the main job: warm-up rounds, then timed rounds of one task. JMH
 * (in {@code benchmarks/}) is the real measurement; this gives a newcomer the picture in seconds.
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
   * @param nanos the duration of each timed round, sorted ascending
   */
  public record Timing(String name, long[] nanos) {
    /** The fastest round, in milliseconds. */
    public double minMillis() {
      return nanos[0] / 1e6;
    }

    /** The median round (upper median for an even count), in milliseconds. */
    public double medianMillis() {
      return nanos[nanos.length / 2] / 1e6;
    }

    /** The slowest round, in milliseconds. */
    public double maxMillis() {
      return nanos[nanos.length - 1] / 1e6;
    }
  }

  /**
   * Runs {@code task} {@code warmups} times untimed, then {@code rounds} times timed, reporting
   * one progress line before it starts.
   *
   * @throws IllegalArgumentException if {@code rounds} is below 1 or {@code warmups} negative
   * @throws Exception whatever the task throws, unchanged
   */
  public static Timing time(
      String name, int warmups, int rounds, Task task, Consumer<String> progress)
      throws Exception {
    if (rounds < 1 || warmups < 0) {
      throw new IllegalArgumentException("rounds must be >= 1 and warmups >= 0");
    }
    progress.accept(String.format("  %-52s %d warm-up + %d timed rounds", name, warmups, rounds));
    for (int i = 0; i < warmups; i++) {
      task.run();
    }
    long[] nanos = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      task.run();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return new Timing(name, nanos);
  }
}
