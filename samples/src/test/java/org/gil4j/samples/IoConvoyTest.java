package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gil4j.Gil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(60)
class IoConvoyTest {
  private static final Duration WINDOW = Duration.ofMillis(150);

  @Test
  void alone_everyEchoComesBack() throws Exception {
    IoConvoy.Result r = IoConvoy.run(IoConvoy.LockKind.GIL, false, 100, WINDOW, 10_000);
    assertEquals(0, r.echoMismatches());
    assertTrue(r.latencyNanos().length > 0 && r.latencyNanos().length <= 100);
    assertTrue(r.latencyNanos()[0] > 0);
    assertEquals(0, r.cpuSteps());
    assertEquals(0, r.cpuWindowSteps());
    assertEquals(0.0, r.cpuStepsPerSecond());
    assertFalse(Gil.isHeld());
  }

  @ParameterizedTest
  @EnumSource(IoConvoy.LockKind.class)
  void besideCpuThread_echoesAndCpuResultAreCorrect(IoConvoy.LockKind lock) throws Exception {
    long sliceSteps = IoConvoy.calibrateSliceSteps(Duration.ofNanos(50_000));
    IoConvoy.Result r = IoConvoy.run(lock, true, 200, WINDOW, sliceSteps);
    assertEquals(0, r.echoMismatches());
    assertTrue(r.latencyNanos().length > 0, "no operation measured");
    assertTrue(r.cpuSteps() > 0 && r.cpuSteps() % sliceSteps == 0, "steps: " + r.cpuSteps());
    assertTrue(r.cpuChecksumCorrect(), "CPU thread's value is wrong");
    // The window may hold no slice start at all when the scheduler keeps the CPU thread off the
    // cores for the whole window (a loaded 2-core machine): that is a reading, not a fault.
    assertTrue(
        r.cpuWindowSteps() >= 0
            && r.cpuWindowSteps() <= r.cpuSteps()
            && r.cpuWindowSteps() % sliceSteps == 0,
        "window steps: " + r.cpuWindowSteps() + " of " + r.cpuSteps());
    assertTrue(r.windowNanos() > 0, "no measured window");
    assertEquals(r.cpuWindowSteps() * 1e9 / r.windowNanos(), r.cpuStepsPerSecond(), 1e-6);
  }

  @ParameterizedTest
  @EnumSource(IoConvoy.LockKind.class)
  void sleepBesideCpuThread_cpuResultIsCorrect(IoConvoy.LockKind lock) throws Exception {
    IoConvoy.Result r = IoConvoy.run(lock, IoConvoy.IoKind.SLEEP_100_US, true, 100, WINDOW, 20_000);
    assertEquals(IoConvoy.IoKind.SLEEP_100_US, r.io());
    assertTrue(r.latencyNanos().length > 0, "no operation measured");
    assertTrue(r.cpuChecksumCorrect(), "CPU thread's value is wrong");
    assertFalse(Gil.isHeld());
  }

  @Test
  void yieldGraceRun_restoresTheGrace() throws Exception {
    Duration before = Gil.yieldGrace();
    IoConvoy.run(IoConvoy.LockKind.GIL_YIELD_GRACE, true, 50, WINDOW, 10_000);
    assertEquals(before, Gil.yieldGrace());
  }

  @Test
  void quantiles_areJmhPercentiles_andWorkIsStepsPerSecond() {
    IoConvoy.Result r =
        new IoConvoy.Result(
            IoConvoy.LockKind.GIL,
            IoConvoy.IoKind.SOCKET_ECHO,
            false,
            new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
            0,
            0,
            Countdown.SEED,
            3_000,
            2_000_000);
    assertEquals(1, r.quantileNanos(0));
    assertEquals(5.5, r.quantileNanos(0.5), 1e-9); // interpolated between the 5th and 6th
    assertEquals(9.9, r.quantileNanos(0.9), 1e-9);
    assertEquals(10, r.quantileNanos(1));
    assertThrows(IllegalArgumentException.class, () -> r.quantileNanos(1.5));
    assertEquals(1.5e6, r.cpuStepsPerSecond(), 1e-6); // 3,000 steps in 2 ms
    assertEquals(5_000, r.opsPerSecond(), 1e-9); // 10 operations in 2 ms
    assertTrue(r.cpuChecksumCorrect());
    assertEquals("echo alone, gil4j hand-off", r.name());
  }

  @Test
  void cpythonStyleLock_makesTheReturningThreadWaitOutAnInterval() throws Exception {
    long sliceSteps = IoConvoy.calibrateSliceSteps(Duration.ofNanos(50_000));
    IoConvoy.Result r =
        IoConvoy.run(
            IoConvoy.LockKind.CPYTHON_STYLE,
            IoConvoy.IoKind.SLEEP_100_US,
            true,
            60,
            Duration.ofMillis(400),
            sliceSteps);
    assertTrue(r.cpuChecksumCorrect());
    assertTrue(r.cpuStepsPerSecond() > 0);
    assertTrue(r.opsPerSecond() > 0);
    // Whenever the CPU thread took the lock during the sleep, the sleeper waited a 5 ms interval
    // for its drop request to be honoured (whether the CPU thread wakes in time is up to the
    // machine, so only the slowest operation is certain to show it).
    assertTrue(r.quantileNanos(1) >= 4_000_000, "slowest operation: " + r.quantileNanos(1) + " ns");
    assertFalse(Gil.isHeld());
  }

  @Test
  void badParameters_areRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> IoConvoy.run(IoConvoy.LockKind.GIL, false, 0, WINDOW, 1_000));
    assertThrows(
        IllegalArgumentException.class,
        () -> IoConvoy.run(IoConvoy.LockKind.GIL, false, 10, Duration.ZERO, 1_000));
  }
}
