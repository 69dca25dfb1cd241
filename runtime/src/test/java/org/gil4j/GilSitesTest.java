package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Per-site telemetry: holds and waits counted at the call site that took the lock. */
@SuppressWarnings("try") // scopes opened only for their effect on the lock
class GilSitesTest extends GilTestSupport {
  private static final String SITE = "org.gil4j.GilSitesTest.";

  private static void holdWithGil() {
    Gil.runWithGil(gil -> {});
  }

  private static void holdWithAcquire() {
    try (GilToken gil = Gil.acquire()) {
      assertTrue(Gil.isHeld());
    }
  }

  private static int holdNested() {
    return Gil.withGil(outer -> Gil.withGil(inner -> Gil.holdCount()));
  }

  /** Stands for a wrapper the processor generates: its frames are walked past like the lock's. */
  @org.gil4j.annotations.GilGenerated(wrapping = Object.class)
  static final class FakeWrapper {
    static void tick() {
      Gil.runWithGil(gil -> {});
    }
  }

  private static void callTheWrapper() {
    FakeWrapper.tick();
  }

  private static void waitForTheLock() {
    Gil.runWithGil(gil -> {});
  }

  private static GilSite site(String method) {
    return Gil.stats()
        .site(SITE + method + "(")
        .orElseThrow(() -> new AssertionError("no site " + method + " in " + Gil.stats().sites()));
  }

  @Test
  void everyHoldCounts_atTheCallerOfWithGilOrAcquire() {
    Gil.setSiteSampling(1);
    for (int i = 0; i < 5; i++) {
      holdWithGil();
    }
    for (int i = 0; i < 3; i++) {
      holdWithAcquire();
    }
    assertEquals(2, holdNested());
    assertEquals(5, site("holdWithGil").holds());
    assertEquals(3, site("holdWithAcquire").holds());
    assertEquals(1, site("holdNested").holds()); // re-entrant levels are one hold
    GilSite s = site("holdWithGil");
    assertTrue(
        s.site().matches("org\\.gil4j\\.GilSitesTest\\.holdWithGil\\(GilSitesTest\\.java:\\d+\\)"),
        s.site());
    assertEquals(0, s.contendedAcquires());
    assertEquals(Duration.ZERO, s.totalWait());
    assertTrue(s.totalHold().compareTo(s.maxHold()) >= 0, s.toString());
    assertEquals(3, Gil.stats().sites().size(), Gil.stats().sites().toString());
    assertEquals(0, Gil.stats().holds()); // the global statistics stay off
  }

  @Test
  void aGeneratedWrapper_countsAtItsCaller() {
    Gil.setSiteSampling(1);
    callTheWrapper();
    callTheWrapper();
    assertEquals(2, site("callTheWrapper").holds());
    assertEquals(1, Gil.stats().sites().size(), Gil.stats().sites().toString());
  }

  @Test
  void aHoldEndedByAllowThreads_countsAtItsCaller_andSoDoesTheHoldAfter() {
    Gil.setSiteSampling(1);
    holdAroundAllowThreads();
    // one hold from withGil to allowThreads, one from its return to the end of withGil
    assertEquals(
        1, Gil.stats().site(SITE + "lambda$holdAroundAllowThreads$").orElseThrow().holds());
    assertEquals(1, site("holdAroundAllowThreads").holds());
  }

  private static void holdAroundAllowThreads() {
    Gil.runWithGil(gil -> gil.allowThreads(() -> {}));
  }

  @Test
  void oneHoldInN_isSampled() {
    Gil.setSiteSampling(4);
    for (int i = 0; i < 20; i++) {
      holdWithGil();
    }
    assertEquals(5, site("holdWithGil").holds());
  }

  @Test
  void siteTelemetryOff_countsNothing() {
    holdWithGil();
    holdWithAcquire();
    assertEquals(List.of(), Gil.stats().sites());
  }

  @Test
  @Timeout(30)
  void aContendedAcquire_countsItsWaitAtItsCallSite() throws Exception {
    Gil.setSiteSampling(1);
    CountDownLatch letGo = holdOnAnotherThread("site-holder");
    Thread waiter = start("site-waiter", GilSitesTest::waitForTheLock);
    awaitQueuedThread();
    letGo.countDown();
    waiter.join(10_000);
    GilSite w = site("waitForTheLock");
    assertEquals(1, w.contendedAcquires());
    assertEquals(1, w.holds());
    assertTrue(w.maxWait().compareTo(Duration.ZERO) > 0, w.toString());
    assertEquals(w.maxWait(), w.totalWait());
    GilSite h =
        Gil.stats().site("org.gil4j.GilTestSupport.lambda$holdOnAnotherThread$").orElseThrow();
    assertEquals(1, h.holds());
    assertEquals(0, h.contendedAcquires());
  }

  @Test
  @Timeout(60)
  void jfrEvents_nameTheSite() throws Exception {
    Gil.setSiteSampling(1000); // the JFR events name their site whatever the sample
    Path file = Files.createTempFile("gil4j-sites", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("org.gil4j.Wait").withThreshold(Duration.ZERO);
      recording.enable("org.gil4j.Hold").withThreshold(Duration.ZERO);
      recording.start();
      CountDownLatch letGo = holdOnAnotherThread("jfr-site-holder");
      Thread waiter = start("jfr-site-waiter", GilSitesTest::waitForTheLock);
      awaitQueuedThread();
      letGo.countDown();
      waiter.join(10_000);
      holdWithAcquire();
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> events = RecordingFile.readAllEvents(file);
    Files.deleteIfExists(file);
    List<String> waitSites = sites(events, "org.gil4j.Wait");
    List<String> holdSites = sites(events, "org.gil4j.Hold");
    assertTrue(
        waitSites.stream().anyMatch(s -> s.startsWith(SITE + "waitForTheLock(")),
        waitSites.toString());
    assertTrue(
        holdSites.stream().anyMatch(s -> s.startsWith(SITE + "waitForTheLock(")),
        holdSites.toString());
    assertTrue(
        holdSites.stream().anyMatch(s -> s.startsWith(SITE + "holdWithAcquire(")),
        holdSites.toString());
    assertFalse(holdSites.contains(null), holdSites.toString());
  }

  private static List<String> sites(List<RecordedEvent> events, String type) {
    return events.stream()
        .filter(e -> e.getEventType().getName().equals(type))
        .map(e -> e.getString("site"))
        .collect(Collectors.toList());
  }
}
