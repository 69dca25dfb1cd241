package org.gil4j.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import org.checkerframework.framework.source.SourceChecker;
import org.checkerframework.framework.source.SourceVisitor;

/**
 * Decides where to look and how to say it: runs {@link GilScanner} over each top-level class that
 * {@code -AskipFiles}/{@code -AonlyFiles}/{@code -AskipDefs}/{@code -AonlyDefs} leave in, and turns
 * each {@link Finding} into a diagnostic from messages.properties that names what leaked, where its
 * section began, and the fix. Suppression, {@code -Awarns} and the {@code [key]} prefix are the
 * framework's, in {@link SourceChecker#reportError}.
 */
public class GilVisitor extends SourceVisitor<Void, Void> {
  /** The checker, for reporting and options. */
  protected final GilChecker checker;

  private final LockBound lockBoundTypes;
  private final Sections sectionRules;
  private final StrictRules strictRules;

  /** Creates the visitor and its analysis components, shared by all compilation units. */
  public GilVisitor(GilChecker checker) {
    super(checker);
    this.checker = checker;
    JdkModel model = checker.model();
    this.lockBoundTypes = new LockBound(elements, model);
    this.sectionRules = new Sections(elements, types, model);
    this.strictRules = new StrictRules(checker.hasOption("gilStrict"), elements);
  }

  /** Analyses one top-level class, unless the skip/only options leave it out. */
  @Override
  public void visit(TreePath path) {
    Tree leaf = path.getLeaf();
    if (leaf instanceof ClassTree
        && (checker.shouldSkipFiles((ClassTree) leaf) || checker.shouldSkipDefs((ClassTree) leaf))) {
      return;
    }
    try {
      GilAnalysis analysis =
          new GilAnalysis(
              checker.getProcessingEnvironment(), lockBoundTypes, sectionRules, strictRules);
      analysis.collectLocals(path);
      GilScanner.Listener listener =
          new GilScanner.Listener() {
            @Override
            public void report(Finding finding) {
              reportFinding(finding);
            }

            @Override
            public void callIn(MethodInvocationTree call, Section section) {
              FindingListener typed = checker.listener();
              if (typed != null) {
                typed.call(root, call, section);
              }
            }

            @Override
            public void declared(Tree declaration) {
              storeSuppressWarningsAnno(declaration);
            }

            @Override
            public boolean skipsDefinition(ClassTree cls, MethodTree method) {
              return checker.shouldSkipDefs(cls, method);
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
   * Reports one finding, unless it is suppressed: by {@code -AskipUses}, by {@code
   * -AsuppressWarnings} or by a {@code @SuppressWarnings} around it. Both the diagnostic and the
   * typed listener see only what is reported.
   */
  protected void reportFinding(Finding finding) {
    if (finding.used() != null && checker.shouldSkipUses(finding.used())) {
      return;
    }
    if (checker.shouldSuppressWarnings(finding.tree(), finding.kind().key())) {
      return;
    }
    FindingListener typed = checker.listener();
    if (typed != null) {
      typed.finding(finding);
    }
    if (finding.kind().isWarning()) {
      checker.reportWarning(finding.tree(), finding.kind().key(), arguments(finding));
    } else {
      checker.reportError(finding.tree(), finding.kind().key(), arguments(finding));
    }
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
      case HELD_BLOCKING:
        return new Object[] {f.subject(), section, f.detail()};
      case STRICT_USE:
        return new Object[] {f.subject(), f.detail(), section};
      case STRICT_CALL:
        return new Object[] {f.subject(), section};
      case ESCAPE_STORE:
        boolean field = f.detail().startsWith("field ") || f.detail().startsWith("static field ");
        return new Object[] {f.subject(), f.detail(), fix(field ? "store.field" : "store.slot")};
      case CLASS_FIELD:
        boolean token = f.detail().equals(GilNames.GIL_TOKEN);
        return new Object[] {f.subject(), f.detail(), fix(token ? "field.token" : "field.value")};
      default:
        return new Object[] {f.subject(), f.detail()};
    }
  }

  /** A fix text of messages.properties, chosen by what a finding's target is. */
  private String fix(String which) {
    return checker.getMessagesProperties().getProperty("gil.fix." + which, "");
  }

  /** Words where a section began, e.g. "the lambda passed to GilToken.allowThreads at line 12". */
  String describe(Section s) {
    String line = "line " + lineOf(s.start());
    switch (s.origin()) {
      case NOGIL_METHOD:
        return "the body of @NoGil method " + s.where() + " (" + line + ")";
      case TASK_BODY:
        return "the body of "
            + s.where()
            + " in the anonymous class at "
            + line
            + ", which runs on another thread";
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
      case STRICT_METHOD:
        return "the body of "
            + s.where()
            + " ("
            + line
            + "), which is strict and holds no lock (no GilToken parameter, not @WithGil, not a"
            + " method of a @GilBound class)";
      case STRICT_CALLBACK:
        return "the "
            + what(s.start())
            + " passed to "
            + s.where()
            + " at "
            + line
            + ", which is strict and may run later on any thread, so it holds no lock";
      case STRICT_INITIALIZER:
        return "the initializer of "
            + s.where()
            + " ("
            + line
            + "), which is strict and holds no lock (class initialization may run on any thread)";
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
