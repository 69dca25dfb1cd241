package org.gil4j.benchmarks.wrapper;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/**
 * A tiny lock-bound counter whose methods gil4j's processor wraps: {@link Tally_Gil} takes the
 * lock around {@link #increment()} and releases it around {@link #mix(long)}.
 */
public class Tally {
  private long count;

  /** Adds one and returns the new count; needs the lock. */
  @WithGil
  public long increment() {
    return ++count;
  }

  /** Scrambles {@code x}; touches nothing lock-bound. */
  @NoGil
  public long mix(long x) {
    long h = x * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
