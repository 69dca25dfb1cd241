package org.gil4j.benchmarks.samples;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.gil4j.Gil;
import org.gil4j.samples.TwoThreads;
import org.gil4j.samples.WordCount;
import org.gil4j.samples.WordCount_Gil;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The word-count comparison of PyO3's parallelism guide, with the samples'
 * own classes: every operation counts a word in the same generated text twice, so the times
 * compare directly as throughput.
 *
 * <p>Targets on 2 cores, against {@link #sequentialHeld} in the same run: two threads calling the
 * generated {@code @NoGil} wrapper {@code WordCount_Gil.searchSequential} while otherwise holding
 * the lock reach at least 1.8 times its throughput; two threads calling the search while holding
 * the lock reach at most 1.1 times (the lock serialises them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WordCountBenchmark {
  /** The word to count; one of the samples' vocabulary. */
  static final String NEEDLE = "lock";

  /** The size of the generated text, in MiB. */
  @Param("16")
  public int mebibytes;

  private String text;
  private ExecutorService pool;

  /** Generates the text once and starts a two-thread pool. */
  @Setup(Level.Trial)
  public void setUp() {
    text = WordCount.generateText(mebibytes << 20, 1);
    pool = Executors.newFixedThreadPool(2);
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    pool.shutdownNow();
    if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("word-count pool did not stop");
    }
  }

  /** Way 1, twice in a row: the sequential search with the lock held. The baseline. */
  @Benchmark
  public long sequentialHeld() {
    return WordCount.sequentialHoldingLock(text, NEEDLE)
        + WordCount.sequentialHoldingLock(text, NEEDLE);
  }

  /**
   * Way 3: two threads, each holding the lock, call the generated {@code @NoGil} wrapper, which
   * releases the lock around the search.
   */
  @Benchmark
  public List<Long> twoThreadsReleased() throws InterruptedException, ExecutionException {
    return TwoThreads.run(
        pool, () -> Gil.withGil(gil -> WordCount_Gil.searchSequential(text, NEEDLE)));
  }

  /** Way 4: two threads call the search holding the lock, so it runs them one at a time. */
  @Benchmark
  public List<Long> twoThreadsHeld() throws InterruptedException, ExecutionException {
    return WordCount.twoThreadsHoldingLock(pool, text, NEEDLE);
  }

  /** Way 2, twice in a row: the parallel-stream search with the lock released (for reference). */
  @Benchmark
  public long parallelReleased() {
    return WordCount.parallelReleased(text, NEEDLE) + WordCount.parallelReleased(text, NEEDLE);
  }
}
