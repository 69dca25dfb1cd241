package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Ten thousand virtual threads through {@code withGil} and {@code allowThreads}: an exact result,
 * and no {@code jdk.VirtualThreadPinned} event (threshold 0) with a gil4j frame on its stack. JDK
 * 21+ only; the virtual threads are made by reflection, since the module compiles for JDK 17.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
class GilVirtualThreadTest extends GilTestSupport {
  private long inside; // guarded by the lock
  private long afterRelease; // guarded by the lock

  @Test
  @Timeout(120)
  void tenThousandVirtualThreads_exactCountAndNoPinningFromGil4j() throws Exception {
    Path file = Files.createTempFile("gil4j-vthreads", ".jfr");
    long elapsed;
    try (Recording recording = new Recording()) {
      recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
      recording.start();
      long t0 = System.nanoTime();
      ExecutorService pool = virtualThreadPerTaskExecutor(); // AutoCloseable only from JDK 19
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
          futures.add(
              pool.submit(
                  () -> {
                    for (int round = 0; round < 10; round++) {
                      Gil.runWithGil(
                          g -> {
                            inside++;
                            g.allowThreads(Thread::yield);
                            afterRelease++;
                          });
                    }
                    return null;
                  }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      elapsed = (System.nanoTime() - t0) / 1_000_000;
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> pinned = RecordingFile.readAllEvents(file);
    Files.deleteIfExists(file);
    List<String> fromGil4j =
        pinned.stream()
            .filter(e -> e.getEventType().getName().equals("jdk.VirtualThreadPinned"))
            .filter(GilVirtualThreadTest::hasGil4jFrame)
            .map(String::valueOf)
            .collect(Collectors.toList());
    assertEquals(List.of(), fromGil4j, "pinned in gil4j's code");
    assertEquals(100_000L, (long) Gil.<Long, RuntimeException>withGil(g -> inside));
    assertEquals(100_000L, (long) Gil.<Long, RuntimeException>withGil(g -> afterRelease));
    assertTrue(elapsed < 100_000, "took " + elapsed + " ms");
  }

  private static boolean hasGil4jFrame(RecordedEvent e) {
    if (e.getStackTrace() == null) {
      return false;
    }
    for (RecordedFrame f : e.getStackTrace().getFrames()) {
      if (f.getMethod().getType().getName().startsWith("org.gil4j.")) {
        return true;
      }
    }
    return false;
  }

  private static ExecutorService virtualThreadPerTaskExecutor() throws Exception {
    return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
  }
}
