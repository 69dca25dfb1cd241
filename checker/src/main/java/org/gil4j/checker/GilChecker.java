package org.gil4j.checker;

import com.sun.source.util.TreePath;
import javax.lang.model.element.TypeElement;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.qual.StubFiles;

/**
 * The gil4j checker: refuses lock-bound values and lock-needing calls in lock-free code, and
 * lock-bound values that escape their held section (DESIGN.md, "Checker rules"). Run it with {@code
 * -processor org.gil4j.checker.GilChecker}; silence one finding with
 * {@code @SuppressWarnings("gil:<key>")}. The stub file makes the JDK's thread entry points
 * lock-free sections.
 *
 * <p>The body is not empty for one reason only, speed (issue 3): the Checker Framework's start-up
 * costs 1 to 3 s per javac run, so it is put off until a top-level class needs it; {@link
 * LazyStart} decides which ones do and why that cannot change a diagnostic.
 */
@StubFiles({"gil-jdk.astub"})
public class GilChecker extends BaseTypeChecker {
  /** Non-null while the framework's start-up is put off. */
  private LazyStart lazyStart;

  /** Starts the framework now, or puts that off until a class needs it. */
  @Override
  public void typeProcessingStart() {
    lazyStart = LazyStart.forChecker(this);
    if (lazyStart == null) {
      super.typeProcessingStart();
    }
  }

  /** Skips a class that cannot get a diagnostic while the framework is not started yet. */
  @Override
  public void typeProcess(TypeElement element, TreePath path) {
    if (lazyStart != null) {
      if (lazyStart.isSilent(path)) {
        return;
      }
      lazyStart = null;
      super.typeProcessingStart();
    }
    super.typeProcess(element, path);
  }

  /** Ends the framework's processing, if it was started. */
  @Override
  public void typeProcessingOver() {
    if (lazyStart == null) {
      super.typeProcessingOver();
    }
  }
}
