package org.gil4j;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds how often a diagnostic kind is reported, however many threads notice the problem: at most
 * once per holder episode (the lock's switch count must have moved since the last report) and at
 * most once per {@code minGapNanos} over the whole process. One CAS decides which thread reports,
 * so the costly part (capturing the holder's stack) happens once.
 */
final class GilDiagnosticGate {
  private static final long NEVER = Long.MIN_VALUE;

  private final AtomicLong lastAt = new AtomicLong(NEVER);
  private volatile long lastEpisode = -1;

  /** Whether the caller may report now; at most one caller per episode and gap gets true. */
  boolean admit(long episode, long nowNanos, long minGapNanos) {
    if (episode == lastEpisode) {
      return false;
    }
    long prev = lastAt.get();
    if (prev != NEVER && nowNanos - prev < minGapNanos) {
      return false;
    }
    if (!lastAt.compareAndSet(prev, nowNanos)) {
      return false;
    }
    lastEpisode = episode;
    return true;
  }
}
