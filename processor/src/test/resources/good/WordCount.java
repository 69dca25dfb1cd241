package example;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** The word count of PyO3's parallelism guide: static functions, so static forwarders. */
public final class WordCount {
  private WordCount() {}

  /** Counts {@code needle} in {@code contents}, one line at a time; needs no lock. */
  @NoGil
  public static long searchSequential(String contents, String needle) {
    long total = 0;
    for (String line : contents.split("\n", -1)) {
      for (String word : line.split(" ", -1)) {
        if (word.equals(needle)) {
          total++;
        }
      }
    }
    return total;
  }

  /** Records a result in the lock-bound world. */
  @WithGil
  static void record(String needle, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(needle);
    }
  }
}
