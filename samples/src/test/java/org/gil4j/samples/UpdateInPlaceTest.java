package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gil4j.Gil;
import org.gil4j.GilStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class UpdateInPlaceTest {
  /** Inputs and the known answers (the longest Collatz chain starting below n). */
  private static final long[] INPUT = {10, 100, 1_000, 10_000, 2};
  private static final long[] EXPECTED = {9, 97, 871, 6_171, 1};

  @AfterEach
  void statsOff() {
    Gil.setStatsEnabled(false);
  }

  @Test
  void expensiveComputation_knownValues() {
    assertEquals(77_031, UpdateInPlace.expensiveComputation(100_000));
    assertEquals(27, UpdateInPlace.expensiveComputation(28));
  }

  @Test
  void expensiveComputation_rejectsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> UpdateInPlace.expensiveComputation(1));
    assertThrows(
        IllegalArgumentException.class,
        () -> UpdateInPlace.expensiveComputation(UpdateInPlace.MAX_INPUT + 1));
  }

  @Test
  void strategy1_copyOut_givesExpectedValues() {
    assertArrayEquals(EXPECTED, UpdateInPlace.update(UpdateInPlace.Strategy.COPY_OUT, INPUT));
  }

  @Test
  void strategy2_reacquirePerElement_givesExpectedValues() {
    assertArrayEquals(
        EXPECTED, UpdateInPlace.update(UpdateInPlace.Strategy.REACQUIRE_PER_ELEMENT, INPUT));
  }

  @Test
  void holdingThroughout_givesExpectedValues() {
    assertArrayEquals(
        EXPECTED, UpdateInPlace.update(UpdateInPlace.Strategy.HOLD_THROUGHOUT, INPUT));
  }

  @Test
  void strategy2_takesTheLockTwicePerElement() {
    Gil.setStatsEnabled(true);
    Gil.resetStats();
    UpdateInPlace.update(UpdateInPlace.Strategy.REACQUIRE_PER_ELEMENT, INPUT);
    GilStats stats = Gil.stats();
    // One outer hold, then a read and a write hold per element.
    assertTrue(stats.holds() >= 1 + 2L * INPUT.length, "holds: " + stats.holds());
  }

  @Test
  void strategy1_takesTheLockBackOnce() {
    Gil.setStatsEnabled(true);
    Gil.resetStats();
    UpdateInPlace.update(UpdateInPlace.Strategy.COPY_OUT, INPUT);
    // The outer hold and the one after the lock-free section.
    assertEquals(2, Gil.stats().holds());
  }

  @Test
  void bothStrategiesOnTwoThreads_giveExpectedValues() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (UpdateInPlace.Strategy strategy : UpdateInPlace.Strategy.values()) {
        List<long[]> results = UpdateInPlace.updateOnTwoThreads(pool, strategy, INPUT);
        assertEquals(2, results.size());
        assertArrayEquals(EXPECTED, results.get(0), strategy.name());
        assertArrayEquals(EXPECTED, results.get(1), strategy.name());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void numberList_refusesUseWithoutTheLock() {
    NumberList list = Gil.withGil(gil -> new NumberList(1, 2, 3));
    IllegalStateException e = assertThrows(IllegalStateException.class, list::size);
    assertTrue(e.getMessage().contains("without the lock"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> new NumberList(1));
  }
}
