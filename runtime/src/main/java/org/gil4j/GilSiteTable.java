package org.gil4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-site counters of one stats period (see {@link GilSite}). Written only by the current
 * owner of the lock, like {@link GilCounters}: a hold ends, and a contended acquire is counted,
 * while the thread holds the lock, so the owner word serialises the writers; readers take a racy
 * but tear-free snapshot. At most {@link #MAX_SITES} sites are kept apart, the rest are summed up
 * under {@link #OTHER}, so a program with generated call sites cannot fill the heap.
 */
final class GilSiteTable {
  /** How many sites are kept apart. */
  static final int MAX_SITES = 1_000;

  /** The name of the entry that sums up the sites beyond {@link #MAX_SITES}. */
  static final String OTHER = "(other sites)";

  private final ConcurrentHashMap<String, Entry> sites = new ConcurrentHashMap<>();

  /** The counters of one site; owner-written. */
  private static final class Entry {
    final String site;
    volatile long holds; // owner-written
    volatile long holdNanos; // owner-written
    volatile long maxHoldNanos; // owner-written
    volatile long contended; // owner-written
    volatile long waitNanos; // owner-written
    volatile long maxWaitNanos; // owner-written
    volatile long overruns; // owner-written
    volatile long maxOverrunNanos; // owner-written

    Entry(String site) {
      this.site = site;
    }

    GilSite snapshot() {
      return new GilSite(
          site,
          holds,
          Duration.ofNanos(holdNanos),
          Duration.ofNanos(maxHoldNanos),
          contended,
          Duration.ofNanos(waitNanos),
          Duration.ofNanos(maxWaitNanos),
          overruns,
          Duration.ofNanos(maxOverrunNanos));
    }
  }

  private Entry entry(String site) {
    Entry e = sites.get(site);
    if (e != null) {
      return e;
    }
    String key = sites.size() < MAX_SITES ? site : OTHER;
    return sites.computeIfAbsent(key, Entry::new);
  }

  /** A hold of {@code nanos} ended at {@code site}; {@code sampled}: it counts among the holds. */
  void held(String site, long nanos, boolean sampled) {
    Entry e = entry(site);
    if (sampled) {
      e.holds++;
      e.holdNanos += nanos;
    }
    if (nanos > e.maxHoldNanos) {
      e.maxHoldNanos = nanos;
    }
  }

  /** A hold at {@code site} overran the budget by {@code overNanos}. */
  void overran(String site, long overNanos) {
    Entry e = entry(site);
    e.overruns++;
    if (overNanos > e.maxOverrunNanos) {
      e.maxOverrunNanos = overNanos;
    }
  }

  /** An acquire at {@code site} waited {@code nanos} before it took the lock. */
  void waited(String site, long nanos) {
    Entry e = entry(site);
    e.contended++;
    e.waitNanos += nanos;
    if (nanos > e.maxWaitNanos) {
      e.maxWaitNanos = nanos;
    }
  }

  /** Every site, the most time held first (then the most time waited, then by name). */
  List<GilSite> snapshot() {
    List<GilSite> out = new ArrayList<>(sites.size());
    for (Entry e : sites.values()) {
      out.add(e.snapshot());
    }
    out.sort(
        Comparator.comparing(GilSite::totalHold)
            .thenComparing(GilSite::totalWait)
            .reversed()
            .thenComparing(GilSite::site));
    return List.copyOf(out);
  }
}
