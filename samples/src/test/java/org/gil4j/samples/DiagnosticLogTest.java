package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gil4j.GilDiagnostic;
import org.junit.jupiter.api.Test;

class DiagnosticLogTest {
  private static final String MESSAGE =
      "thread 'w-1' has waited 250.1 ms for the GIL, held by thread 'main' (switch interval 5.0"
          + " ms). If the holder waits for threads that need the lock, release it first with"
          + " gil.allowThreads(..). Holder stack:\n"
          + "\tat java.base/java.util.concurrent.ForkJoinTask.get(ForkJoinTask.java:979)\n";

  private static final List<StackTraceElement> STACK =
      List.of(
          new StackTraceElement("jdk.internal.misc.Unsafe", "park", null, -2),
          new StackTraceElement(
              "java.util.concurrent.ForkJoinTask", "get", "ForkJoinTask.java", 979),
          new StackTraceElement(
              "org.gil4j.samples.WorkerThreads", "waitHoldingLock", "WorkerThreads.java", 144),
          new StackTraceElement("org.gil4j.samples.Main", "main", "Main.java", 12));

  @Test
  void oneLine_keepsTheMessageDropsTheStack_namesTheHoldersFrame() {
    GilDiagnostic d = new GilDiagnostic(GilDiagnostic.Kind.LONG_WAIT, MESSAGE, "main", STACK);
    assertEquals(
        "LONG_WAIT: thread 'w-1' has waited 250.1 ms for the GIL, held by thread 'main' (switch"
            + " interval 5.0 ms). If the holder waits for threads that need the lock, release it"
            + " first with gil.allowThreads(..). Holder 'main' at"
            + " WorkerThreads.waitHoldingLock(WorkerThreads.java:144), in ForkJoinTask.get.",
        DiagnosticLog.oneLine(d));
  }

  @Test
  void oneLine_withoutAFrameOfTheSamples_isTheMessageAlone() {
    GilDiagnostic d =
        new GilDiagnostic(
            GilDiagnostic.Kind.ABANDONED, "thread 't' ended holding it", "t", List.of());
    assertEquals("ABANDONED: thread 't' ended holding it", DiagnosticLog.oneLine(d));
  }

  @Test
  void runtimeLog_becomesOneLine_expectedRecordsAreOnlyTimed_andCloseRestores() {
    Logger logger = Logger.getLogger("org.gil4j");
    boolean before = logger.getUseParentHandlers();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    try (DiagnosticLog log =
        DiagnosticLog.install(new PrintStream(progress, true, StandardCharsets.UTF_8), false)) {
      assertFalse(logger.getUseParentHandlers());
      System.getLogger("org.gil4j").log(System.Logger.Level.WARNING, MESSAGE);
      log.expecting(true);
      logger.log(Level.WARNING, MESSAGE);
      log.expecting(false);
      assertEquals(1, log.expectedMillis().size());
    }
    assertEquals(before, logger.getUseParentHandlers());
    String text = progress.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.lines().count(), text);
    assertTrue(text.startsWith("runtime log WARNING: thread 'w-1' has waited 250.1 ms"), text);
    assertTrue(text.strip().endsWith("(--stacks shows all of it)"), text);
    assertFalse(text.contains("ForkJoinTask.java"), text);
  }
}
