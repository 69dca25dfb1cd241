package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.gil4j.Gil;
import org.gil4j.GilDiagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WorkerThreadsTest {
  private static final List<Boolean> EXPECTED =
      IntStream.range(0, 10).mapToObj(i -> i > 5).toList();
  private static ForkJoinPool workers;

  @BeforeAll
  static void setUp() {
    workers = new ForkJoinPool(2);
  }

  @AfterAll
  static void tearDown() {
    workers.shutdownNow();
  }

  @Test
  void allowedIds_fourOfTen() {
    List<Boolean> allowed = WorkerThreads.allowedIds(workers, 10);
    assertEquals(EXPECTED, allowed);
    assertEquals(4, allowed.stream().filter(b -> b).count());
    assertFalse(Gil.isHeld());
  }

  @Test
  void withoutReleasingFirst_isReportedAndRecovers() {
    Duration thresholdBefore = Gil.longWaitThreshold();
    WorkerThreads.DeadlockDemo demo =
        WorkerThreads.withoutReleasingFirst(
            workers, 10, Duration.ofMillis(200), Duration.ofMillis(600));
    String me = Thread.currentThread().getName();

    assertEquals(me, demo.holderThreadName());
    assertFalse(demo.diagnostics().isEmpty(), "no long-wait diagnostic");
    GilDiagnostic diagnostic = demo.diagnostics().get(0);
    assertEquals(GilDiagnostic.Kind.LONG_WAIT, diagnostic.kind());
    assertEquals(me, diagnostic.holderThreadName());
    assertTrue(diagnostic.message().contains("'" + me + "'"), diagnostic.message());
    // Where the holder waits: for the workers, inside the sample's waitHoldingLock.
    assertTrue(
        diagnostic.holderStack().stream()
            .anyMatch(
                f ->
                    f.getClassName().equals(WorkerThreads.class.getName())
                        && f.getMethodName().equals("waitHoldingLock")),
        diagnostic.holderStack().toString());
    assertEquals(me, demo.workerFailure().holderThreadName());
    assertEquals(EXPECTED, demo.recovered());
    assertFalse(Gil.isHeld());
    assertEquals(thresholdBefore, Gil.longWaitThreshold());
  }

  @Test
  void withoutReleasingFirst_refusesTimeoutBelowThreshold() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WorkerThreads.withoutReleasingFirst(
                workers, 10, Duration.ofMillis(500), Duration.ofMillis(100)));
  }
}
