package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class MainTest {
  @Test
  void quickRun_printsEveryTableAndTheStatistics() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Main.run(
        Main.Sizes.quick(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(progress, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    for (String expected :
        new String[] {
          "word count:",
          "update in place:",
          "4 of 10 IDs above 5",
          "runtime diagnostic LONG_WAIT",
          "countdown from",
          "I/O convoy:",
          "gil4j lock statistics",
        }) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
    }
    String log = progress.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("[5/5]") && log.contains("done in"), log);
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
  void table_refusesWrongCells() {
    Table table = new Table("t", "Name").column("Min", true);
    assertThrows(IllegalArgumentException.class, () -> table.row("x", "text"));
    assertThrows(IllegalArgumentException.class, () -> table.row("x", 1.0, 2.0));
  }
}
