package org.gil4j.checker.probe;

import org.checkerframework.framework.source.SourceVisitor;
import org.gil4j.checker.GilChecker;

/**
 * Test-only: the gil4j checker plus a warning at every call to a method named {@code probeSection},
 * whose key names the section state there ({@code gil.debug.lockfree}, {@code gil.debug.held},
 * {@code gil.debug.unknown}). Lets tests pin the analysis's lock state apart from the wording of
 * real diagnostics.
 */
public class SectionProbeChecker extends GilChecker {
  @Override
  protected SourceVisitor<?, ?> createSourceVisitor() {
    return new SectionProbeVisitor(this);
  }
}
