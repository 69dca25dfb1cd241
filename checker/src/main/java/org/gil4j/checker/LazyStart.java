package org.gil4j.checker;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.lang.annotation.Annotation;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import org.checkerframework.framework.source.SourceChecker;

/**
 * Lets {@link GilChecker} start the Checker Framework (its type factory, the stub file parser,
 * gil-jdk.astub and, without {@code -Aignorejdkastub}, the annotated JDK: 1 to 3 s per javac run)
 * only when a top-level class needs it. Until then each class is first walked by the same {@link
 * GilScanner} the checker runs, with declaration annotations read from the elements; a class whose
 * walk reports nothing and never asks about a JDK class named in gil-jdk.astub gets no diagnostic
 * from the real run either, so it is skipped. The first class that reports something, asks about a
 * stubbed JDK class, or fails, starts the framework and is checked for real, as is every class
 * after it. A tree that never touches gil4j or a JDK thread entry point therefore costs little more
 * than plain javac (issue 3).
 *
 * <p>Without {@code -Astubs}, the framework's declaration annotations of any element outside the
 * JDK classes gil-jdk.astub names are exactly the element's own annotations (gil4j's annotations
 * have no aliases and are not inherited through the framework), which is what makes the walk here
 * agree with the real one. Options that could change that, or that print something at start-up
 * ({@code -Astubs}, {@code -AstubWarnIfNotFound}, {@code -Aversion}, ...), and subclasses of
 * GilChecker (a test checker may report from its visitor's hooks), start the framework at once as
 * before: only the options in {@link #SAFE_OPTIONS} allow the lazy start.
 */
final class LazyStart {
  /**
   * Options under which a class with no finding gets no diagnostic and start-up prints nothing. Any
   * other {@code -A} option (also one meant for another processor) starts the framework at once.
   */
  static final Set<String> SAFE_OPTIONS =
      Set.of(
          "ignorejdkastub",
          "warns",
          "suppressWarnings",
          "nomsgtext",
          "detailedmsgtext",
          "showSuppressWarningsStrings",
          "requirePrefixInWarningSuppressions",
          "showPrefixInWarningMessages",
          "printErrorStack",
          "permitMissingJdk",
          "nocheckjdk",
          "skipUses",
          "onlyUses",
          "skipDefs",
          "onlyDefs",
          "skipFiles",
          "onlyFiles");

  /** Thrown out of the walk when the class needs the real run. */
  private static final class NeedsFramework extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NeedsFramework() {
      super(null, null, false, false);
    }
  }

  private static final NeedsFramework NEEDS_FRAMEWORK = new NeedsFramework();

  private final ProcessingEnvironment env;
  private final LockBoundTypes lockBoundTypes;
  private final SectionRules sectionRules;

  private LazyStart(ProcessingEnvironment env) {
    this.env = env;
    this.lockBoundTypes = new LockBoundTypes(env.getElementUtils());
    this.sectionRules =
        new SectionRules(env.getElementUtils(), env.getTypeUtils(), LazyStart::hasDeclAnnotation);
  }

  /**
   * A lazy start for {@code checker}, or null when the framework must start at once: for a subclass
   * of GilChecker or when an option outside {@link #SAFE_OPTIONS} is given.
   */
  static LazyStart forChecker(SourceChecker checker) {
    if (checker.getClass() != GilChecker.class) {
      return null;
    }
    ProcessingEnvironment env = checker.getProcessingEnvironment();
    if (!SAFE_OPTIONS.containsAll(env.getOptions().keySet())) {
      return null;
    }
    return new LazyStart(env);
  }

  /**
   * True when the checker would report nothing for the top-level class at {@code path}: the walk
   * found nothing, failed nowhere and needed no stub file.
   */
  boolean isSilent(TreePath path) {
    GilScanner.Listener listener =
        new GilScanner.Listener() {
          @Override
          public void report(Finding finding) {
            throw NEEDS_FRAMEWORK;
          }

          @Override
          public void internalError(Tree method, RuntimeException error) {
            throw NEEDS_FRAMEWORK;
          }
        };
    try {
      GilAnalysis analysis = new GilAnalysis(env, lockBoundTypes, sectionRules);
      analysis.collectLocals(path);
      new GilScanner(analysis, listener, false).scan(path, Section.UNKNOWN);
      return true;
    } catch (RuntimeException | AssertionError e) {
      // A finding, a stubbed JDK class or a failure: the real run decides and words it.
      return false;
    }
  }

  /** The element's own annotations; a stubbed JDK class needs the framework's stub file. */
  private static boolean hasDeclAnnotation(
      Element element, Class<? extends Annotation> annotation) {
    if (GilVisitor.isStubbedJdk(element)) {
      throw NEEDS_FRAMEWORK;
    }
    return LockBoundTypes.hasAnnotation(
        element.getAnnotationMirrors(), annotation.getCanonicalName());
  }
}
