package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hold-time budgets: an overrun names its site, by how much, at a bounded rate. */
class GilBudgetTest extends GilTestSupport {
  private static final String SITE = "org.gil4j.GilBudgetTest.";

  private static void holdFor(long millis) throws InterruptedException {
    Gil.runWithGil(gil -> Thread.sleep(millis));
  }

  private static void holdBriefly() {
    Gil.runWithGil(gil -> {});
  }

  private List<GilDiagnostic> overruns() {
    return diagnostics.stream()
        .filter(d -> d.kind() == GilDiagnostic.Kind.HOLD_BUDGET)
        .collect(Collectors.toList());
  }

  @Test
  void aFiftyMillisecondHold_overrunsAOneMillisecondBudget_andNamesItsSite() throws Exception {
    Gil.setHoldBudget(Duration.ofMillis(1));
    holdFor(50);
    List<GilDiagnostic> d = overruns();
    assertEquals(1, d.size(), diagnostics.toString());
    String m = d.get(0).message();
    assertTrue(m.contains(" at " + SITE + "holdFor(GilBudgetTest.java:"), m);
    assertTrue(m.contains(" over the hold budget of 1.0 ms"), m);
    assertTrue(
        m.startsWith("thread '" + Thread.currentThread().getName() + "' held the GIL for "), m);
    assertEquals(Thread.currentThread().getName(), d.get(0).holderThreadName());
    StackTraceElement top = d.get(0).holderStack().get(0);
    assertEquals("org.gil4j.GilBudgetTest", top.getClassName());
    assertEquals("holdFor", top.getMethodName());
    GilSite s = Gil.stats().site(SITE + "holdFor(").orElseThrow();
    assertEquals(1, s.budgetOverruns());
    assertTrue(s.maxOverrun().compareTo(Duration.ofMillis(49)) >= 0, s.toString());
    assertEquals(0, s.holds()); // not sampled: site telemetry is off
    assertTrue(s.maxHold().compareTo(Duration.ofMillis(50)) >= 0, s.toString());
  }

  @Test
  void holdsWithinTheBudget_reportNothing() {
    Gil.setHoldBudget(Duration.ofSeconds(30));
    for (int i = 0; i < 10; i++) {
      holdBriefly();
    }
    assertEquals(List.of(), overruns());
    assertEquals(List.of(), Gil.stats().sites());
  }

  @Test
  void repeatedOverruns_areAllCounted_butReportedAtMostOnceASecond() throws Exception {
    Gil.setHoldBudget(Duration.ofMillis(1));
    long start = System.nanoTime();
    for (int i = 0; i < 6; i++) {
      holdFor(5);
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(6, Gil.stats().site(SITE + "holdFor(").orElseThrow().budgetOverruns());
    int reported = overruns().size();
    assertTrue(
        reported >= 1 && reported <= 1 + seconds, reported + " reports in " + seconds + " s");
  }

  @Test
  void noBudget_byDefault() {
    assertEquals(Duration.ZERO, Gil.holdBudget());
    assertThrows(IllegalArgumentException.class, () -> Gil.setHoldBudget(Duration.ofMillis(-1)));
  }

  @Test
  void budgetsInSystemProperties_areRead() {
    assertEquals(Duration.ofMillis(10), GilBudget.parse("10ms"));
    assertEquals(Duration.ofNanos(500_000), GilBudget.parse("500us"));
    assertEquals(Duration.ofSeconds(2), GilBudget.parse("2s"));
    assertEquals(Duration.ofMillis(10), GilBudget.parse("PT0.01S"));
    assertNull(GilBudget.parse("ten"));
  }

  @Test
  @Timeout(60)
  void anOverrun_isAJfrEventWithItsSite() throws Exception {
    Gil.setHoldBudget(Duration.ofMillis(1));
    Path file = Files.createTempFile("gil4j-budget", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("org.gil4j.HoldBudget");
      recording.start();
      holdFor(20);
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> events =
        RecordingFile.readAllEvents(file).stream()
            .filter(e -> e.getEventType().getName().equals("org.gil4j.HoldBudget"))
            .collect(Collectors.toList());
    Files.deleteIfExists(file);
    assertEquals(1, events.size(), events.toString());
    RecordedEvent e = events.get(0);
    assertTrue(e.getString("site").startsWith(SITE + "holdFor("), e.toString());
    assertEquals(Duration.ofMillis(1), e.getDuration("budget"));
    assertTrue(e.getDuration("overrun").compareTo(Duration.ofMillis(19)) >= 0, e.toString());
  }
}
