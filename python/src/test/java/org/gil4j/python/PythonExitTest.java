package org.gil4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The end of the process: the interpreter is never finalised, Python's buffered standard streams
 * are flushed when the GIL can be had, and a thread that exits holding the GIL does not hang the
 * exit. Each case runs {@link ExitProbe} in a child JVM whose stdout is a pipe, with Python's
 * buffering on (no {@code PYTHONUNBUFFERED}).
 */
class PythonExitTest {
  private record Result(int exitCode, String out) {}

  private static Result run(String mode) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            ExitProbe.class.getName(),
            mode);
    pb.environment().remove("PYTHONUNBUFFERED");
    Process p = pb.redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the exit hung");
    return new Result(
        p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void pythonsBufferedStdoutIsFlushedAtJvmExitAndAtexitFunctionsDoNotRun() throws Exception {
    Result r = run("end");
    assertEquals(new Result(0, "buffered by Python"), r);
  }

  @Test
  void systemExitWhileHoldingTheGilEndsTheProcessWithoutTheFlush() throws Exception {
    // The hook waits EXIT_FLUSH_WAIT for the GIL that the exiting thread keeps, then gives up:
    // the process ends (a hook waiting for good would hang it), and what Python buffered is lost.
    Result r = run("exit-holding");
    assertEquals(new Result(3, ""), r);
  }
}
