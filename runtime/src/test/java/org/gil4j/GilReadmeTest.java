package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runtime README's code blocks marked {@code <!-- verbatim: PATH -->} are copied from PATH
 * (every non-blank line occurs there, in this order), and the example they quote from this file
 * runs: so the README's observability example compiles, runs and cannot rot.
 */
class GilReadmeTest extends GilTestSupport {
  private static final Pattern VERBATIM = Pattern.compile("<!-- verbatim: (\\S+) -->");

  /** The README's per-site telemetry and hold budget example. */
  private static void example() throws InterruptedException {
    Gil.setSiteSampling(1); // every hold: exact counts (1000 or so in production)
    Gil.setHoldBudget(Duration.ofMillis(10)); // longer holds are reported with their site
    Gil.runWithGil(gil -> Thread.sleep(20)); // overruns the budget: a HOLD_BUDGET diagnostic
    for (GilSite s : Gil.stats().sites()) { // the most time held first
      System.out.printf(
          "%s holds=%d maxHold=%s waits=%d maxWait=%s overruns=%d%n",
          s.site(), s.holds(), s.maxHold(), s.contendedAcquires(), s.maxWait(), s.budgetOverruns());
    }
  }

  @Test
  void theExample_countsItsHoldAndReportsTheOverrun() throws Exception {
    example();
    GilSite s = Gil.stats().sites().get(0);
    assertTrue(
        s.site().startsWith("org.gil4j.GilReadmeTest.example(GilReadmeTest.java:"), s.site());
    assertEquals(1, s.holds());
    assertEquals(1, s.budgetOverruns());
    assertEquals(1, diagnostics.size(), diagnostics.toString());
    assertEquals(GilDiagnostic.Kind.HOLD_BUDGET, diagnostics.get(0).kind());
  }

  @Test
  void verbatimBlocks_occurInTheirFiles() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = VERBATIM.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      Path source = Path.of(m.group(1));
      assertTrue(Files.isRegularFile(source), "README line " + (i + 1) + ": no " + source);
      List<String> block = blockAfter(lines, i);
      assertFalse(block.isEmpty(), "README line " + (i + 1) + ": no code block follows");
      List<String> file = Files.readString(source).lines().map(String::strip).toList();
      int at = 0;
      for (String line : block) {
        String want = line.strip();
        if (want.isEmpty()) {
          continue;
        }
        while (at < file.size() && !file.get(at).equals(want)) {
          at++;
        }
        if (at == file.size()) {
          fail("README line " + (i + 1) + ": '" + want + "' is not in " + source + " (in order)");
        }
      }
      checked++;
    }
    assertTrue(checked >= 1, "verbatim blocks checked: " + checked);
  }

  private static List<String> blockAfter(List<String> lines, int marker) {
    int i = marker + 1;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    List<String> block = new ArrayList<>();
    if (i >= lines.size() || !lines.get(i).startsWith("```")) {
      return block;
    }
    for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
      block.add(lines.get(i));
    }
    return block;
  }
}
