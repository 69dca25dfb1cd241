package org.gil4j.samples;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;
import org.gil4j.Gil;
import org.gil4j.annotations.NoGil;

/**
 * The word-count example of PyO3's parallelism guide:
 * count a word in a large text four ways, to show that the lock serialises threads that hold it
 * and that releasing it lets them use every core.
 *
 * <p>The search functions touch nothing lock-bound, so they are {@code @NoGil}: callable with or
 * without the lock. Calling one while holding the lock keeps holding it (Cython's rule); calling
 * it through the generated wrapper {@code WordCount_Gil} releases the lock around the call, which
 * is the reference's {@code search_sequential_allow_threads}.
 */
public final class WordCount {
  /** Words the generated text is made of; the needle is one of them. */
  private static final String[] VOCABULARY = {
    "gil", "lock", "thread", "python", "java", "rust", "token", "bound", "release", "acquire",
    "the", "a", "of", "to", "and", "in", "is", "it", "that", "for", "on", "with", "as", "was",
    "interpreter", "object", "reference", "count", "switch", "interval", "drop", "request",
    "parallel", "sequential", "worker", "pool", "stream", "fork", "join", "task", "core", "cpu",
    "beautiful", "ugly", "explicit", "implicit", "simple", "complex", "flat", "nested", "sparse",
    "dense", "readability", "counts", "special", "cases", "rules", "practicality", "purity",
    "errors", "silently", "ambiguity", "guess", "way"
  };

  private WordCount() {}

  /**
   * Generates deterministic text of about {@code approxChars} characters: lines of 6 to 17
   * words from a fixed vocabulary, separated by single spaces, each line ending in {@code '\n'}.
   *
   * @throws IllegalArgumentException if {@code approxChars} is negative or above 256 Mi
   */
  public static String generateText(int approxChars, long seed) {
    if (approxChars < 0 || approxChars > (256 << 20)) {
      throw new IllegalArgumentException("approxChars must be in [0, 256 Mi]: " + approxChars);
    }
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(approxChars + 256);
    while (text.length() < approxChars) {
      int words = 6 + random.nextInt(12);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          text.append(' ');
        }
        text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Counts the words of {@code line} (split on single spaces) equal to {@code needle}. */
  @NoGil
  public static int countLine(String line, String needle) {
    return countWords(line, 0, line.length(), needle);
  }

  /**
   * Counts the occurrences of {@code needle} in {@code text}, line by line, on the calling thread
   * (the reference's {@code search_sequential}).
   */
  @NoGil
  public static long searchSequential(String text, String needle) {
    return countRange(text, 0, text.length(), needle);
  }

  /**
   * Counts the occurrences of {@code needle} in {@code text} with a parallel stream over
   * line-aligned chunks (the reference's {@code search} with rayon's {@code par_lines}).
   */
  @NoGil
  public static long searchParallel(String text, String needle) {
    int[] bounds = chunkBounds(text, Math.max(1, Runtime.getRuntime().availableProcessors() * 8));
    return IntStream.range(0, bounds.length - 1)
        .parallel()
        .mapToLong(i -> countRange(text, bounds[i], bounds[i + 1], needle))
        .sum();
  }

  /** Way 1: the sequential search with the lock held all along; nobody else can run. */
  public static long sequentialHoldingLock(String text, String needle) {
    return Gil.withGil(gil -> searchSequential(text, needle));
  }

  /** Way 2: the parallel search, with the lock released around it. */
  public static long parallelReleased(String text, String needle) {
    return Gil.withGil(gil -> gil.allowThreads(() -> searchParallel(text, needle)));
  }

  /**
   * Way 3: two threads that hold the lock call the sequential search at the same time through
   * the generated {@code @NoGil} wrapper, which releases the lock around it, so both run at once.
   *
   * @param pool an executor with at least two threads
   * @return the two counts
   */
  public static List<Long> twoThreadsThroughWrapper(
      ExecutorService pool, String text, String needle)
      throws InterruptedException, ExecutionException {
    return TwoThreads.run(
        pool, () -> Gil.withGil(gil -> WordCount_Gil.searchSequential(text, needle)));
  }

  /**
   * Way 4: two threads that hold the lock call the sequential search directly, without
   * releasing; the lock runs them one after the other.
   *
   * @param pool an executor with at least two threads
   * @return the two counts
   */
  public static List<Long> twoThreadsHoldingLock(ExecutorService pool, String text, String needle)
      throws InterruptedException, ExecutionException {
    return TwoThreads.run(pool, () -> Gil.withGil(gil -> searchSequential(text, needle)));
  }

  /**
   * The control: two threads that never touch the lock run the sequential search at once. It
   * shows what the machine gives two threads right now, the limit for {@link
   * #twoThreadsThroughWrapper}.
   *
   * @param pool an executor with at least two threads
   * @return the two counts
   */
  public static List<Long> twoThreadsWithoutLock(ExecutorService pool, String text, String needle)
      throws InterruptedException, ExecutionException {
    return TwoThreads.run(pool, () -> searchSequential(text, needle));
  }

  /** Counts {@code needle} in the complete lines of {@code text} between two line starts. */
  static long countRange(String text, int from, int to, String needle) {
    long total = 0;
    int start = from;
    while (start < to) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 || newline > to ? to : newline;
      total += countWords(text, start, end, needle);
      start = end + 1;
    }
    return total;
  }

  /** Counts the words of {@code text[from, to)}, split on single spaces, equal to needle. */
  private static int countWords(String text, int from, int to, String needle) {
    int total = 0;
    int length = needle.length();
    int start = from;
    while (start <= to) {
      int space = text.indexOf(' ', start);
      int end = space < 0 || space > to ? to : space;
      if (end - start == length && text.regionMatches(start, needle, 0, length)) {
        total++;
      }
      start = end + 1;
    }
    return total;
  }

  /**
   * Splits {@code text} into at most {@code chunks} ranges that each start at a line start;
   * returns the boundaries, first 0 and last {@code text.length()}.
   */
  static int[] chunkBounds(String text, int chunks) {
    int[] bounds = new int[chunks + 1];
    int count = 1;
    int step = Math.max(1, text.length() / chunks);
    for (int target = step; target < text.length() && count < chunks; target += step) {
      int newline = text.indexOf('\n', Math.max(target, bounds[count - 1]));
      if (newline < 0 || newline + 1 >= text.length()) {
        break;
      }
      bounds[count++] = newline + 1;
    }
    bounds[count++] = text.length();
    return Arrays.copyOf(bounds, count);
  }
}
