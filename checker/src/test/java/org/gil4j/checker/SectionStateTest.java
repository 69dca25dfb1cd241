package org.gil4j.checker;

import java.io.File;
import java.util.List;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.gil4j.checker.probe.SectionProbeChecker;
import org.junit.runners.Parameterized.Parameters;

/**
 * Pins the analysis's lock state, apart from message wording: files under {@code tests/sections}
 * call {@code probeSection()} and expect {@code // :: warning: [gil.debug.<state>]}.
 */
public class SectionStateTest extends CheckerFrameworkPerDirectoryTest {

  /** Called by the harness once per directory. */
  public SectionStateTest(List<File> testFiles) {
    super(testFiles, SectionProbeChecker.class, "sections", "-AstubWarnIfNotFound");
  }

  /** The section-state scenarios. */
  @Parameters
  public static String[] getTestDirs() {
    return new String[] {"sections"};
  }
}
