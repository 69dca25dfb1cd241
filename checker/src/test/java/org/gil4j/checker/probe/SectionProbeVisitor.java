package org.gil4j.checker.probe;

import com.sun.source.tree.MethodInvocationTree;
import org.gil4j.checker.GilChecker;
import org.checkerframework.javacutil.TreeUtils;
import org.gil4j.checker.GilVisitor;

/** Reports the section state at each {@code probeSection()} call as a warning. */
public class SectionProbeVisitor extends GilVisitor {

  /** Created by {@link SectionProbeChecker}. */
  public SectionProbeVisitor(GilChecker checker) {
    super(checker);
  }

  @Override
  protected void onCall(MethodInvocationTree call, String section) {
    if (TreeUtils.elementFromUse(call).getSimpleName().contentEquals("probeSection")) {
      String state = section.substring(0, section.indexOf('('));
      String key = "gil.debug." + state.toLowerCase(java.util.Locale.ROOT).replace("_", "");
      checker.reportWarning(call, key, section);
    }
  }
}
