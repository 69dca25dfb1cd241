package org.gil4j.checker;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.junit.runners.Parameterized.Parameters;

/**
 * The scenario directories of {@link GilCheckerTest} again, with only {@code -Aignorejdkastub}: an
 * option {@link LazyStart} allows, so here the Checker Framework starts only at the first class
 * that needs it (GilCheckerTest's {@code -AstubWarnIfNotFound} starts it at once). The same
 * expected diagnostics must appear, which is what shows that the lazy start changes none. The
 * harness's own {@code -AajavaChecks} (the framework's self-check of its Java parser, run when it
 * starts) would also start it at once, so it is left out here.
 */
public class LazyGilCheckerTest extends CheckerFrameworkPerDirectoryTest {

  /** Called by the harness once per directory. */
  public LazyGilCheckerTest(List<File> testFiles) {
    super(testFiles, GilChecker.class, "gil", "-Aignorejdkastub");
  }

  /** The harness's options without {@code -AajavaChecks}, so that the start really is lazy. */
  @Override
  public List<String> customizeOptions(List<String> previousOptions) {
    return previousOptions.stream()
        .filter(option -> !option.equals("-AajavaChecks"))
        .collect(Collectors.toList());
  }

  /** The same directories as GilCheckerTest. */
  @Parameters
  public static String[] getTestDirs() {
    return GilCheckerTest.getTestDirs();
  }
}
