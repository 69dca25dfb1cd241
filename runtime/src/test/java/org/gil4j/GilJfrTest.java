package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JFR events: recorded when enabled, naming the holder a waiter waited for. */
class GilJfrTest extends GilTestSupport {

  @Test
  @Timeout(60)
  void recording_capturesWaitAndHoldEvents() throws Exception {
    Path file = Files.createTempFile("gil4j", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("org.gil4j.Wait").withThreshold(Duration.ZERO);
      recording.enable("org.gil4j.Hold").withThreshold(Duration.ZERO);
      recording.start();
      CountDownLatch holding = new CountDownLatch(1);
      Thread holder =
          start(
              "jfr-holder",
              () ->
                  Gil.runWithGil(
                      gil -> {
                        holding.countDown();
                        awaitQueuedThread();
                        Thread.sleep(50);
                      }));
      holding.await();
      Gil.runWithGil(gil -> {});
      holder.join();
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> events = RecordingFile.readAllEvents(file);
    Files.deleteIfExists(file);
    List<RecordedEvent> waits =
        events.stream()
            .filter(e -> e.getEventType().getName().equals("org.gil4j.Wait"))
            .collect(Collectors.toList());
    List<RecordedEvent> holds =
        events.stream()
            .filter(e -> e.getEventType().getName().equals("org.gil4j.Hold"))
            .collect(Collectors.toList());
    assertFalse(waits.isEmpty(), "no wait event");
    assertTrue(
        waits.stream().anyMatch(e -> "jfr-holder".equals(e.getString("holder"))), waits.toString());
    assertTrue(holds.stream().anyMatch(e -> e.getDuration().toMillis() >= 40), holds.toString());
  }
}
