package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gil4j.Gil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WordCountTest {
  private static final String NEEDLE = "gil";
  private static String text;
  private static long independent;
  private static ExecutorService pool;

  @BeforeAll
  static void setUp() {
    text = WordCount.generateText(1 << 20, 7);
    independent = countBySplitting(text, NEEDLE);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void tearDown() {
    pool.shutdownNow();
  }

  /** The count computed another way: String.split, as Rust's lines() and split(' ') do. */
  private static long countBySplitting(String text, String needle) {
    return text.lines()
        .flatMap(line -> Arrays.stream(line.split(" ", -1)))
        .filter(needle::equals)
        .count();
  }

  @Test
  void generatedText_isDeterministicAndContainsTheNeedle() {
    assertEquals(text, WordCount.generateText(1 << 20, 7));
    assertTrue(text.length() >= 1 << 20);
    assertTrue(independent > 1000, "needle too rare: " + independent);
  }

  @Test
  void sequentialHoldingLock_matchesIndependentCount() {
    assertEquals(independent, WordCount.sequentialHoldingLock(text, NEEDLE));
    assertFalse(Gil.isHeld());
  }

  @Test
  void parallelReleased_matchesIndependentCount() {
    assertEquals(independent, WordCount.parallelReleased(text, NEEDLE));
  }

  @Test
  void twoThreadsThroughWrapper_bothMatchIndependentCount() throws Exception {
    assertEquals(List.of(independent, independent),
        WordCount.twoThreadsThroughWrapper(pool, text, NEEDLE));
  }

  @Test
  void twoThreadsHoldingLock_bothMatchIndependentCount() throws Exception {
    assertEquals(List.of(independent, independent),
        WordCount.twoThreadsHoldingLock(pool, text, NEEDLE));
  }

  @Test
  void twoThreadsWithoutLock_bothMatchIndependentCount() throws Exception {
    assertEquals(List.of(independent, independent),
        WordCount.twoThreadsWithoutLock(pool, text, NEEDLE));
  }

  @Test
  void wrapper_calledHoldingTheLock_restoresTheHoldDepth() {
    long count =
        Gil.withGil(
            gil -> {
              long n = WordCount_Gil.searchSequential(text, NEEDLE);
              assertEquals(1, Gil.holdCount());
              return n;
            });
    assertEquals(independent, count);
  }

  @Test
  void countLine_countsWholeWordsOnly() {
    assertEquals(3, WordCount.countLine("gil gil  gil gill agil", "gil"));
    assertEquals(0, WordCount.countLine("", "gil"));
    assertEquals(1, WordCount.countLine("gil", "gil"));
  }

  @Test
  void searchSequential_handlesEdges() {
    assertEquals(0, WordCount.searchSequential("", "gil"));
    assertEquals(2, WordCount.searchSequential("gil\ngil", "gil"));
    assertEquals(2, WordCount.searchSequential("a gil\n\nb gil\n", "gil"));
    assertEquals(2, WordCount.searchParallel("a gil\n\nb gil\n", "gil"));
  }

  @Test
  void chunkBounds_startAtLineStartsAndCoverTheText() {
    int[] bounds = WordCount.chunkBounds(text, 16);
    assertEquals(0, bounds[0]);
    assertEquals(text.length(), bounds[bounds.length - 1]);
    for (int i = 1; i < bounds.length - 1; i++) {
      assertEquals('\n', text.charAt(bounds[i] - 1));
      assertTrue(bounds[i] > bounds[i - 1]);
    }
  }

  @Test
  void generateText_rejectsNegativeSize() {
    assertThrows(IllegalArgumentException.class, () -> WordCount.generateText(-1, 1));
  }
}
