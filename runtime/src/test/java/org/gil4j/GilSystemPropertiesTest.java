package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The system properties {@code gil4j.siteSampling}, {@code gil4j.holdBudget} and {@code
 * gil4j.chaos} switch the observability features on in a JVM of its own (they are read once, when
 * {@link Gil} is initialized); values that cannot be read are ignored with a warning.
 */
class GilSystemPropertiesTest {

  /** Prints the settings the properties produced; the test runs it in a fresh JVM. */
  public static void main(String[] args) {
    System.out.println(
        "SETTINGS sampling="
            + Gil.siteSampling()
            + " budget="
            + Gil.holdBudget()
            + " chaos="
            + Gil.chaosSeed());
  }

  private static String run(String... properties) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(List.of(properties));
    cmd.addAll(
        List.of(
            "-cp", System.getProperty("java.class.path"), GilSystemPropertiesTest.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM hangs");
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    return text;
  }

  @Test
  @Timeout(120)
  void properties_switchTheFeaturesOn_andBadValuesAreIgnored() throws Exception {
    String on = run("-Dgil4j.siteSampling=100", "-Dgil4j.holdBudget=10ms", "-Dgil4j.chaos=42");
    assertTrue(on.contains("SETTINGS sampling=100 budget=PT0.01S chaos=OptionalLong[42]"), on);
    assertTrue(on.contains("gil4j chaos mode is on (seed 42"), on);
    String bad = run("-Dgil4j.siteSampling=-3", "-Dgil4j.holdBudget=soon", "-Dgil4j.chaos=maybe");
    assertTrue(bad.contains("SETTINGS sampling=0 budget=PT0S chaos=OptionalLong.empty"), bad);
    assertTrue(bad.contains("ignored system property gil4j.siteSampling='-3'"), bad);
    assertTrue(bad.contains("ignored system property gil4j.holdBudget='soon'"), bad);
    assertTrue(bad.contains("ignored system property gil4j.chaos='maybe'"), bad);
  }
}
