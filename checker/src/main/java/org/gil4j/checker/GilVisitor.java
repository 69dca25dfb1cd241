package org.gil4j.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.lang.annotation.Annotation;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;

/**
 * Decides where to look and how to say it: runs {@link GilScanner} over each top-level class
 * instead of the framework's type-checking pass, and turns each {@link Finding} into a diagnostic
 * from messages.properties that names what leaked, where its section began, and the fix.
 */
public class GilVisitor extends BaseTypeVisitor<GilAnnotatedTypeFactory> {
  private final LockBoundTypes lockBoundTypes;
  private final SectionRules sectionRules;

  /** Creates the visitor and its analysis components, shared by all compilation units. */
  public GilVisitor(BaseTypeChecker checker) {
    super(checker);
    this.lockBoundTypes = new LockBoundTypes(elements);
    this.sectionRules = new SectionRules(elements, types, this::hasDeclAnnotation);
  }

  /** JDK classes named in gil-jdk.astub: the only JDK classes whose stub annotations matter. */
  private static final Set<String> STUBBED_JDK_CLASSES =
      Set.of(
          "java.lang.Thread",
          "java.util.Timer",
          "java.util.concurrent.Executor",
          "java.util.concurrent.ThreadFactory",
          "java.util.concurrent.ExecutorService",
          "java.util.concurrent.AbstractExecutorService",
          "java.util.concurrent.ThreadPoolExecutor",
          "java.util.concurrent.ScheduledExecutorService",
          "java.util.concurrent.ScheduledThreadPoolExecutor",
          "java.util.concurrent.ForkJoinPool",
          "java.util.concurrent.CompletionStage",
          "java.util.concurrent.CompletableFuture");

  /**
   * Declaration annotations, from source, bytecode or stub files. Other JDK classes are read from
   * their elements only: asking the framework would parse their annotated-JDK sources, which can
   * never carry a gil4j annotation and cost a second of CPU per build. With {@code -Astubs} every
   * class goes through the framework, so user stubs for the JDK still work.
   */
  private boolean hasDeclAnnotation(Element element, Class<? extends Annotation> annotation) {
    if (isUnstubbedJdk(element) && !checker.hasOption("stubs")) {
      return LockBoundTypes.hasAnnotation(
          element.getAnnotationMirrors(), annotation.getCanonicalName());
    }
    return atypeFactory.hasDeclAnnotation(element, annotation);
  }

  /** True when {@code element} belongs to a JDK class that gil-jdk.astub does not name. */
  static boolean isUnstubbedJdk(Element element) {
    String owner = ownerName(element);
    return isJdk(owner) && !STUBBED_JDK_CLASSES.contains(owner);
  }

  /** True when {@code element} belongs to a JDK class that gil-jdk.astub names. */
  static boolean isStubbedJdk(Element element) {
    return STUBBED_JDK_CLASSES.contains(ownerName(element));
  }

  private static String ownerName(Element element) {
    TypeElement owner = LockBoundTypes.enclosingClass(element);
    return owner == null ? "" : owner.getQualifiedName().toString();
  }

  private static boolean isJdk(String className) {
    return className.startsWith("java.")
        || className.startsWith("javax.")
        || className.startsWith("jdk.")
        || className.startsWith("sun.");
  }

  /**
   * Analyses one top-level class. The framework's own per-expression type checking is skipped on
   * purpose: gil4j's rules need only declared annotations, and skipping it is what keeps code that
   * never mentions gil4j at plain-javac cost.
   */
  @Override
  public void visit(TreePath path) {
    try {
      GilAnalysis analysis =
          new GilAnalysis(checker.getProcessingEnvironment(), lockBoundTypes, sectionRules);
      analysis.collectLocals(path);
      GilScanner.Listener listener =
          new GilScanner.Listener() {
            @Override
            public void report(Finding finding) {
              reportFinding(finding);
            }

            @Override
            public void callIn(MethodInvocationTree call, Section section) {
              onCall(call, section.toString());
            }

            @Override
            public void internalError(Tree method, RuntimeException error) {
              checker.reportError(method, "gil.internal.error", String.valueOf(error));
            }
          };
      new GilScanner(analysis, listener, false).scan(path, Section.UNKNOWN);
    } catch (RuntimeException | AssertionError e) {
      checker.reportError(path.getLeaf(), "gil.internal.error", String.valueOf(e));
    }
  }

  /**
   * A hook for tests and debugging: called at every method call with the debug form of the section
   * (lock state) it is in, e.g. {@code LOCK_FREE(NOGIL_ARGUMENT GilToken.allowThreads)}. Does
   * nothing here; a test subclass reports the state as a diagnostic.
   */
  protected void onCall(MethodInvocationTree call, String section) {}

  /** A hook for tests and debugging: every finding passes through here. */
  protected void reportFinding(Finding finding) {
    checker.reportError(finding.tree(), finding.kind().key(), arguments(finding));
  }

  private Object[] arguments(Finding f) {
    String section = describe(f.section());
    switch (f.kind()) {
      case NOGIL_USE:
      case NOGIL_TOKEN:
      case WITHGIL_RESULT:
        return new Object[] {f.subject(), f.detail(), section};
      case NOGIL_CALL:
        return new Object[] {f.subject(), f.detail(), section};
      case NOGIL_CALL_WITHGIL:
        return new Object[] {f.subject(), section, f.detail()};
      case NOGIL_CALL_TOKEN:
        return new Object[] {f.subject(), section};
      case NOGIL_ARGUMENT:
        return new Object[] {f.subject(), f.detail(), section};
      default:
        return new Object[] {f.subject(), f.detail()};
    }
  }

  /** Words where a section began, e.g. "the lambda passed to GilToken.allowThreads at line 12". */
  String describe(Section s) {
    String line = "line " + lineOf(s.start());
    switch (s.origin()) {
      case NOGIL_METHOD:
        return "the body of @NoGil method " + s.where() + " (" + line + ")";
      case WITHGIL_METHOD:
        return "the body of @WithGil method " + s.where() + " (" + line + ")";
      case TOKEN_PARAMETER:
        return "the body of " + s.where() + ", which takes a GilToken (" + line + ")";
      case BOUND_CLASS_METHOD:
        return "the body of " + s.where() + ", a method of a @GilBound class (" + line + ")";
      case NOGIL_ARGUMENT:
        return "the " + what(s.start()) + " passed to " + s.where() + " at " + line;
      case WITHGIL_ARGUMENT:
        return "the " + what(s.start()) + " passed to " + s.where() + " at " + line;
      case PARALLEL_STREAM:
        return "the "
            + what(s.start())
            + " passed to parallel stream operation "
            + s.where()
            + " at "
            + line;
      case RELEASE_TRY:
      case ACQUIRE_TRY:
        return "the body of " + s.where() + " at " + line;
      default:
        return "code outside any section";
    }
  }

  private static String what(Tree start) {
    if (start instanceof LambdaExpressionTree) {
      return "lambda";
    }
    if (start instanceof MemberReferenceTree) {
      return "method reference";
    }
    if (start instanceof NewClassTree && ((NewClassTree) start).getClassBody() != null) {
      return "anonymous class";
    }
    return "argument";
  }

  private long lineOf(Tree tree) {
    CompilationUnitTree unit = root;
    if (tree == null || unit == null) {
      return -1;
    }
    long pos = trees.getSourcePositions().getStartPosition(unit, tree);
    return pos < 0 ? -1 : unit.getLineMap().getLineNumber(pos);
  }
}
