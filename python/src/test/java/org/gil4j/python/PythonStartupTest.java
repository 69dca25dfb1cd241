package org.gil4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gil4j.Gil;
import org.gil4j.GilStats;
import org.junit.jupiter.api.Test;

/** Starting the interpreter: a missing library is a clear message; statistics keep counting. */
class PythonStartupTest {
  /** Runs {@link UnavailableProbe} in a child JVM with {@code props}; returns its output. */
  private static String probe(String... props) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.addAll(List.of(props));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(UnavailableProbe.class.getName());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe hung");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void aMissingLibraryIsAClearMessageNotACrash() throws Exception {
    String out = probe("-Dgil4j.python.library=libpython3.99.so.1.0");
    assertTrue(
        out.contains(
            "PythonUnavailableException: libpython3 not found (tried libpython3.99.so.1.0)"),
        out);
    assertTrue(out.contains("-Dgil4j.python.library=<file name or path>"), out);
    assertTrue(out.contains("lock usable: true"), out);
    assertTrue(!out.contains("\tat "), "a stack trace was printed: " + out);
  }

  @Test
  void theDefaultLibraryStarts() throws Exception {
    String out = probe();
    assertTrue(out.startsWith("started 3."), out);
  }

  @Test
  void statisticsCountHoldsOnTheGilLikeOnGil4jsOwnLock() throws Throwable {
    Python.initialize();
    Gil.setStatsEnabled(true);
    try {
      Gil.resetStats();
      for (int i = 0; i < 10; i++) {
        Gil.runWithGil(gil -> Python.eval(gil, "1").close());
      }
      GilStats s = Gil.stats();
      assertEquals(10, s.holds(), s.toString());
    } finally {
      Gil.setStatsEnabled(false);
      Gil.resetStats();
    }
  }
}
