package org.gil4j.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a method or block lambda body returns: the expressions of its {@code return}
 * statements, not those of lambdas or classes nested in it (their returns are their own). Shared
 * by the rules that judge a body by what it hands back: a lambda's result kept by a holder, a
 * mapping lambda's results, a method that returns a parallel stream.
 */
final class Returns {
  private Returns() {}

  static List<TreePath> of(TreePath body) {
    List<TreePath> values = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree node, Void p) {
        if (node.getExpression() != null) {
          values.add(new TreePath(getCurrentPath(), node.getExpression()));
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void p) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree node, Void p) {
        return null;
      }
    }.scan(body, null);
    return values;
  }
}
