package org.gil4j.checker;

import java.io.File;
import java.util.List;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs the checker over every scenario under {@code checker/tests/}: each directory is one javac
 * run, each file one scenario whose expected diagnostics are written inline as {@code // :: error:
 * [key]}. {@code all-systems-gil} holds tricky but correct code and must stay silent. {@code
 * -AstubWarnIfNotFound} turns a stale stub entry into an unexpected warning.
 */
public class GilCheckerTest extends CheckerFrameworkPerDirectoryTest {

  /** Called by the harness once per directory. */
  public GilCheckerTest(List<File> testFiles) {
    super(testFiles, GilChecker.class, "gil", "-AstubWarnIfNotFound");
  }

  /** The scenario directories, one per rule group. */
  @Parameters
  public static String[] getTestDirs() {
    String[] dirs = dirs();
    if (Runtime.version().feature() < 21) {
      return dirs;
    }
    // JDK 21+ only: Thread.Builder, startVirtualThread, virtual-thread executors.
    String[] withJdk21 = java.util.Arrays.copyOf(dirs, dirs.length + 1);
    withJdk21[dirs.length] = "gil21";
    return withJdk21;
  }

  private static String[] dirs() {
    return new String[] {
      "gil/capture",
      "gil/token",
      "gil/nogilmethod",
      "gil/threads",
      "gil/streams",
      "gil/withgil",
      "gil/escape",
      "gil/classes",
      "gil/overrides",
      "gil/calls",
      "gil/misuse",
      "gil/suppress",
      "gil/values",
      "gil/escapeforms",
      "gil/entrypoints",
      "gil/blocking",
      "gil/strict",
      "gil/strictpackage",
      "gil/adversarial",
      "gil/docs",
      "all-systems-gil"
    };
  }
}
