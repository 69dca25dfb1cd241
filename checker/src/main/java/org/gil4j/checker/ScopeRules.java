package org.gil4j.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Rules about the edges of held sections: what a {@code @WithGil} lambda may return, and that the
 * scope objects ({@code Gil.acquire()}, {@code gil.release()}, {@code Gil.releaseIfHeld()}) are
 * only ever opened in a try-with-resources header.
 */
final class ScopeRules {
  private final GilAnalysis analysis;
  private final Escapes.Reporter reporter;

  ScopeRules(GilAnalysis analysis, Escapes.Reporter reporter) {
    this.analysis = analysis;
    this.reporter = reporter;
  }

  /** A lambda passed to a {@code @WithGil} parameter may not return a lock-bound value. */
  void checkHeldResult(TreePath lambdaPath, LambdaExpressionTree lambda, Section held) {
    ExecutableElement function = TreeUtils.findFunction(lambda, analysis.processingEnv());
    if (function == null || function.getReturnType().getKind() == TypeKind.VOID) {
      return;
    }
    if (lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
      checkResult(new TreePath(lambdaPath, lambda.getBody()), held);
      return;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree node, Void p) {
        if (node.getExpression() != null) {
          checkResult(new TreePath(getCurrentPath(), node.getExpression()), held);
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void p) {
        return null; // returns of nested lambdas are theirs
      }

      @Override
      public Void visitClass(ClassTree node, Void p) {
        return null;
      }
    }.scan(new TreePath(lambdaPath, lambda.getBody()), null);
  }

  /**
   * A method reference passed to a {@code @WithGil} parameter may not return a lock-bound value.
   */
  void checkHeldReferenceResult(MemberReferenceTree reference, Section held) {
    ExecutableElement method = TreeUtils.elementFromUse(reference);
    if (method != null && analysis.types().isBound(method.getReturnType())) {
      reporter.report(
          Finding.Kind.WITHGIL_RESULT,
          reference,
          reference.toString(),
          method.getReturnType().toString(),
          held);
    }
  }

  private void checkResult(TreePath result, Section held) {
    if (analysis.isBoundExpression(result)) {
      reporter.report(
          Finding.Kind.WITHGIL_RESULT,
          result.getLeaf(),
          result.getLeaf().toString(),
          Names.typeName(result.getLeaf()),
          held);
    }
  }

  /** Gil.acquire(), gil.release() and Gil.releaseIfHeld() belong in a try-with-resources header. */
  void checkAcquire(TreePath callPath, MethodInvocationTree node, ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String owned = owner.getQualifiedName().toString();
    String name = method.getSimpleName().toString();
    boolean scoped =
        (owned.equals(GilNames.GIL) && (name.equals("acquire") || name.equals("releaseIfHeld")))
            || (owned.equals(GilNames.GIL_TOKEN) && name.equals("release"));
    if (!scoped) {
      return;
    }
    TreePath parent = callPath.getParentPath();
    Tree declaration = parent.getLeaf();
    Tree enclosing = parent.getParentPath() == null ? null : parent.getParentPath().getLeaf();
    boolean inHeader =
        declaration instanceof VariableTree
            && enclosing instanceof TryTree
            && ((TryTree) enclosing).getResources().contains(declaration);
    if (!inHeader) {
      reporter.report(
          Finding.Kind.ACQUIRE_OUTSIDE_TRY,
          node,
          owner.getSimpleName() + "." + name + "()",
          "",
          Section.UNKNOWN);
    }
  }
}
