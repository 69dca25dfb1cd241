package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real {@link OutOfMemoryError}: {@link GilOutOfMemoryDriver} runs in a JVM of its own with a
 * 32 MB heap, fills it, frees a little more each round and runs lock operations in what is left
 * (beside a contending thread), so allocations inside the lock's own code fail at varying points.
 * The lock must stay consistent and keep changing hands.
 */
class GilOutOfMemoryTest {

  @Test
  @Timeout(180)
  void outOfMemoryInsideLockOperations_leavesTheLockConsistent() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx32m",
                    "-XX:-UseGCOverheadLimit",
                    "-cp",
                    System.getProperty("java.class.path"),
                    GilOutOfMemoryDriver.class.getName()))
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(150, TimeUnit.SECONDS), "driver hangs");
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    assertTrue(text.contains("OK "), text);
    int ooms = Integer.parseInt(text.replaceAll("(?s).*OK ooms=(\\d+).*", "$1"));
    assertTrue(ooms > 0, "no lock operation ran out of memory: " + text);
  }
}
