package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class MainTest {
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

  @Test
  void quickRun_everyProgramPrintsClaimFigureAndVerdict_andNoStackTrace() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    // Whatever reaches the root logger would be printed by the default console handler.
    List<LogRecord> leaked = new CopyOnWriteArrayList<>();
    Handler spy = new RecordingHandler(leaked);
    Logger root = Logger.getLogger("");
    root.addHandler(spy);
    List<Verdict> verdicts;
    try {
      verdicts =
          Main.run(
              Main.Sizes.quick(),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(progress, true, StandardCharsets.UTF_8));
    } finally {
      root.removeHandler(spy);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    String log = progress.toString(StandardCharsets.UTF_8);

    assertEquals(5, verdicts.size());
    String[] sections = text.split("(?m)^(?=\\[[1-5]/5\\] )");
    assertEquals(6, sections.length, "a preamble and five programs in:\n" + text);
    String[] titles = {"word count", "update in place", "worker threads", "countdown", "convoy"};
    for (int i = 1; i <= 5; i++) {
      String section = sections[i];
      assertTrue(section.startsWith("[" + i + "/5] "), section);
      assertTrue(section.contains(titles[i - 1]), section);
      assertEquals(1, count(section, "(?m)^claim: \\S"), "one claim line in:\n" + section);
      assertTrue(
          count(section, "(?m)^measured: .+: (\\d+\\.\\d\\dx|n/a) \\(claim: at (least|most)") >= 1,
          "a measured ratio in:\n" + section);
      assertEquals(
          1,
          count(section, "(?m)^verdict: (holds|does not hold in this run \\(.+\\))"),
          "one verdict in:\n" + section);
      assertEquals(
          verdicts.get(i - 1).verdictLine(),
          section.lines().filter(l -> l.startsWith("verdict: ")).findFirst().orElseThrow());
    }
    assertTrue(text.contains("gil4j lock statistics"), text);
    assertTrue(text.contains("summary: "), text);
    // The provoked long wait: once, on one line naming the holder's frame.
    assertEquals(1, count(text, "runtime diagnostic LONG_WAIT: "), text);
    assertTrue(
        text.contains("Holder 'main' at WorkerThreads.waitHoldingLock(WorkerThreads.java:"), text);
    for (String stream : new String[] {text, log}) {
      assertFalse(STACK_FRAME.matcher(stream).find(), "a stack trace in:\n" + stream);
      assertFalse(stream.contains("Exception in thread"), stream);
      assertFalse(stream.contains("WARNING"), stream);
    }
    assertTrue(leaked.isEmpty(), "records reached the console handler: " + leaked.size());
    assertTrue(log.contains("done in"), log);
  }

  @Test
  void table_showsRatiosToTheBestValue() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Table("t", "Name (time in ms)")
        .column("Min", true)
        .column("Rounds", false)
        .row("slow", 4.0, 1)
        .row("fast", 2.0, 1)
        .print(new PrintStream(out, true, StandardCharsets.UTF_8));
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[3].startsWith("fast") && lines[3].contains("2.0000 (1.00)"), lines[3]);
    assertTrue(lines[4].startsWith("slow") && lines[4].contains("4.0000 (2.00)"), lines[4]);
    assertEquals(6, lines.length);
  }

  @Test
  void table_keepOrder_printsRowsAsAdded() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Table("t", "Name")
        .column("Min", true)
        .keepOrder()
        .row("slow", 4.0)
        .row("fast", 2.0)
        .print(new PrintStream(out, true, StandardCharsets.UTF_8));
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[3].startsWith("slow") && lines[3].contains("4.0000 (2.00)"), lines[3]);
    assertTrue(lines[4].startsWith("fast") && lines[4].contains("2.0000 (1.00)"), lines[4]);
  }

  @Test
  void table_refusesWrongCells() {
    Table table = new Table("t", "Name").column("Min", true);
    assertThrows(IllegalArgumentException.class, () -> table.row("x", "text"));
    assertThrows(IllegalArgumentException.class, () -> table.row("x", 1.0, 2.0));
  }

  @Test
  void bench_reportsJmhStatisticsOfTheRounds() throws Exception {
    int[] runs = {0};
    Bench.Timing t = Bench.time("t", 2, 5, () -> runs[0]++);
    assertEquals(7, runs[0]);
    assertEquals(5, t.rounds());
    assertEquals(5, t.statistics().getN());
    assertTrue(t.minMillis() <= t.medianMillis() && t.medianMillis() <= t.maxMillis());
    Bench.Timing fixed = new Bench.Timing("f", new long[] {4_000_000, 1_000_000, 2_000_000});
    assertEquals(1.0, fixed.minMillis(), 1e-9);
    assertEquals(2.0, fixed.medianMillis(), 1e-9);
    assertEquals(4.0, fixed.maxMillis(), 1e-9);
    assertEquals(2.0, Main.speedup(fixed, new Bench.Timing("g", new long[] {1_000_000})), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> Bench.time("t", 0, 0, () -> {}));
    assertThrows(IllegalArgumentException.class, () -> new Bench.Timing("e", new long[0]));
  }

  @Test
  void bench_interleaved_warmsEachUpThenRunsRoundsInTurn() throws Exception {
    StringBuilder order = new StringBuilder();
    List<Bench.Timing> timings =
        Bench.interleaved(
            List.of("a", "b"), List.of(() -> order.append('a'), () -> order.append('b')), 2, 3);
    assertEquals("aabbababab", order.toString());
    assertEquals(List.of("a", "b"), timings.stream().map(Bench.Timing::name).toList());
    assertEquals(3, timings.get(1).rounds());
    assertThrows(
        IllegalArgumentException.class,
        () -> Bench.interleaved(List.of("a"), List.of(), 0, 1));
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }

  /** Collects every record it is given. */
  private static final class RecordingHandler extends Handler {
    private final List<LogRecord> records;

    RecordingHandler(List<LogRecord> records) {
      this.records = records;
    }

    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
