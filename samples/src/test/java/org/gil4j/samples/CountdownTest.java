package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gil4j.Gil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CountdownTest {
  private static final long N = 3_000_000;

  @Test
  void jump_matchesStepByStep() {
    for (long n : new long[] {0, 1, 2, 3, 1_000, 65_537, 123_457}) {
      assertEquals(Countdown.countFrom(Countdown.SEED, n), Countdown.jump(Countdown.SEED, n));
    }
  }

  @Test
  void countHoldingLock_equalsCount() {
    long expected = Countdown.expected(N);
    assertEquals(expected, Countdown.count(N));
    assertEquals(expected, (long) Gil.withGil(gil -> Countdown.countHoldingLock(gil, N)));
  }

  @Test
  void allThreeWays_giveTheExpectedValue() throws Exception {
    long expected = Countdown.expected(N);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertEquals(List.of(expected, expected), Countdown.twiceInARow(N));
      assertEquals(List.of(expected, expected), Countdown.twoThreadsHoldingLock(pool, N));
      assertEquals(List.of(expected, expected), Countdown.twoThreadsReleasing(pool, N));
      assertEquals(List.of(expected, expected), Countdown.twoThreadsWithoutLock(pool, N));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void negativeCounts_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> Countdown.count(-1));
    assertThrows(IllegalArgumentException.class, () -> Countdown.jump(1, -1));
  }
}
