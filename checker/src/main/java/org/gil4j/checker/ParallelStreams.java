package org.gil4j.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Whether a stream operation runs its lambdas in parallel: the last switch of the model
 * ({@code @MakesParallel}/{@code @MakesSequential}) in the whole chain decides, also one written
 * after the operation and one reached through a local (flow-insensitive) or either branch of a
 * conditional. Part of {@link Sections}' answer to "which section is this code in".
 */
final class ParallelStreams {
  private final Sections sections;
  private final Types types;
  private final JdkModel model;
  private final Map<ExecutableElement, Boolean> returnsParallel = new HashMap<>();

  ParallelStreams(Sections sections, Types types, JdkModel model) {
    this.sections = sections;
    this.types = types;
    this.model = model;
  }

  /**
   * True when {@code call} is an operation on a stream that runs in parallel: its receiver chain
   * reaches a method the model marks {@code @MakesParallel} ({@code parallel()}, {@code
   * parallelStream()}) before one marked {@code @MakesSequential} (the last switch decides, as the
   * JDK does). A local in the chain counts as parallel when any value assigned to it does
   * (flow-insensitive). The walk stays on stream types: the types that declare a sequential
   * switch.
   */
  boolean isParallelStreamOperation(TreePath callPath, GilAnalysis analysis) {
    MethodInvocationTree call = (MethodInvocationTree) callPath.getLeaf();
    ExpressionTree receiver = Sections.receiverOf(call);
    if (receiver == null || !isStream(TreeUtils.typeOf(receiver))) {
      return false;
    }
    // Climb to the last stream of the chain: a later parallel()/sequential() decides too.
    ExpressionTree top = receiver;
    TreePath path = callPath;
    ExpressionTree current = call;
    while (true) {
      if (isStream(TreeUtils.typeOf(current))
          || sections.switchOf(executableOf(current)) != JdkModel.StreamSwitch.NONE) {
        top = current;
      } else {
        break;
      }
      // The scanner's paths may skip the member select (receivers are scanned directly).
      TreePath up = path.getParentPath();
      if (up != null && up.getLeaf() instanceof MemberSelectTree) {
        up = up.getParentPath();
      }
      if (up == null
          || !(up.getLeaf() instanceof MethodInvocationTree)
          || Sections.receiverOf((MethodInvocationTree) up.getLeaf()) != current) {
        break;
      }
      path = up;
      current = (MethodInvocationTree) up.getLeaf();
    }
    return isParallel(top, analysis, 0);
  }

  private static ExecutableElement executableOf(ExpressionTree tree) {
    return tree instanceof MethodInvocationTree
        ? TreeUtils.elementFromUse((MethodInvocationTree) tree)
        : null;
  }

  private boolean isParallel(ExpressionTree receiver, GilAnalysis analysis, int depth) {
    if (receiver == null || depth > 64) {
      return false;
    }
    Tree tree = GilScanner.strip(receiver);
    if (tree instanceof com.sun.source.tree.ConditionalExpressionTree) {
      // flag ? list.stream() : list.parallelStream(): parallel when either branch may be
      com.sun.source.tree.ConditionalExpressionTree c =
          (com.sun.source.tree.ConditionalExpressionTree) tree;
      return isParallel(c.getTrueExpression(), analysis, depth + 1)
          || isParallel(c.getFalseExpression(), analysis, depth + 1);
    }
    if (tree instanceof MethodInvocationTree) {
      MethodInvocationTree inner = (MethodInvocationTree) tree;
      ExecutableElement method = TreeUtils.elementFromUse(inner);
      if (method == null) {
        return false;
      }
      switch (sections.switchOf(method)) {
        case PARALLEL:
          return true;
        case SEQUENTIAL:
          return false;
        default:
          break;
      }
      if (!isStream(TreeUtils.typeOf(inner))) {
        return false;
      }
      return returnsParallel(method, analysis, depth)
          || isParallel(Sections.receiverOf(inner), analysis, depth + 1);
    }
    if (tree instanceof com.sun.source.tree.IdentifierTree
        && isStream(TreeUtils.typeOf((ExpressionTree) tree))) {
      Element local = TreeUtils.elementFromUse((ExpressionTree) tree);
      if (local != null && GilAnalysis.isLocal(local)) {
        for (TreePath value : analysis.assignedValues(local)) {
          if (value.getLeaf() instanceof ExpressionTree
              && isParallel((ExpressionTree) value.getLeaf(), analysis, depth + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True when {@code method}, a stream-returning method of the class being checked ({@code
   * Stream<Item> items() { return list.parallelStream(); }}), returns a parallel stream on some
   * path. A library method's streams are judged by the model alone.
   */
  private boolean returnsParallel(ExecutableElement method, GilAnalysis analysis, int depth) {
    Boolean known = returnsParallel.get(method);
    if (known != null) {
      return known;
    }
    returnsParallel.put(method, false); // recursion settles on "not parallel"
    TreePath declaration = analysis.sourceInThisClass(method);
    MethodTree tree = declaration == null ? null : (MethodTree) declaration.getLeaf();
    boolean parallel = false;
    if (tree != null && tree.getBody() != null) {
      for (TreePath value : Returns.of(new TreePath(declaration, tree.getBody()))) {
        if (isParallel((ExpressionTree) value.getLeaf(), analysis, depth + 1)) {
          parallel = true;
          break;
        }
      }
    }
    returnsParallel.put(method, parallel);
    return parallel;
  }

  private boolean isStream(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    for (TypeElement streamType : model.streamTypes()) {
      if (types.isSubtype(types.erasure(type), types.erasure(streamType.asType()))) {
        return true;
      }
    }
    return false;
  }
}
