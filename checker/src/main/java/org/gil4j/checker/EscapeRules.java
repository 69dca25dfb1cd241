package org.gil4j.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Where a lock-bound value may not go, in any section: a field, static field or array element whose
 * type is not lock-bound, a generic holder ({@code List<Object>.add}, {@code
 * AtomicReference<Object>.set}, {@code ThreadLocal.set}) whose type argument is not lock-bound; and
 * a token may be stored nowhere at all.
 */
final class EscapeRules {
  /** Receives an escape finding. */
  interface Reporter {
    void report(Finding.Kind kind, Tree tree, String subject, String detail, Section section);
  }

  private final GilAnalysis analysis;
  private final Reporter reporter;

  EscapeRules(GilAnalysis analysis, Reporter reporter) {
    this.analysis = analysis;
    this.reporter = reporter;
  }

  /** A store of {@code value} into a location of type {@code targetType}. */
  void checkStore(TreePath value, TypeMirror targetType, String target, Tree at, Section s) {
    Tree leaf = value.getLeaf();
    TypeMirror valueType = leaf instanceof ExpressionTree ? TreeUtils.typeOf(leaf) : null;
    if (LockBoundTypes.isToken(valueType)) {
      reporter.report(Finding.Kind.ESCAPE_TOKEN, leaf, leaf.toString(), target, s);
    } else if (!analysis.types().isBound(targetType) && analysis.isBoundExpression(value)) {
      reporter.report(Finding.Kind.ESCAPE_STORE, leaf, describeValue(leaf), target, s);
    }
  }

  /**
   * A call that hands a value to a generic holder: an instance method of a generic class whose
   * parameter is (or contains) one of the class's type variables.
   */
  void checkHolderCall(
      TreePath callPath, MethodInvocationTree call, ExecutableElement method, Section s) {
    List<? extends ExpressionTree> args = call.getArguments();
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (args.isEmpty()
        || owner.getTypeParameters().isEmpty()
        || method.getModifiers().contains(Modifier.STATIC)) {
      return;
    }
    ExpressionTree receiver = SectionRules.receiverOf(call);
    TypeMirror receiverType = receiver == null ? null : TreeUtils.typeOf(receiver);
    if (receiverType == null || receiverType.getKind() != TypeKind.DECLARED) {
      return;
    }
    List<? extends TypeMirror> declared = ((ExecutableType) method.asType()).getParameterTypes();
    ExecutableType asMember = null;
    for (int i = 0; i < args.size() && i < declared.size(); i++) {
      ExpressionTree arg = args.get(i);
      if (arg instanceof LambdaExpressionTree
          || arg instanceof MemberReferenceTree
          || !mentionsClassVariable(declared.get(i), owner)
          || analysis.rules().isFunctional(declared.get(i))) {
        continue;
      }
      TreePath argPath = new TreePath(callPath, arg);
      if (!LockBoundTypes.isToken(TreeUtils.typeOf(arg)) && !analysis.isBoundExpression(argPath)) {
        continue; // nothing lock-bound goes in: skip the costlier asMemberOf
      }
      if (asMember == null) {
        try {
          Types types = analysis.processingEnv().getTypeUtils();
          asMember = (ExecutableType) types.asMemberOf((DeclaredType) receiverType, method);
        } catch (IllegalArgumentException e) {
          return;
        }
      }
      String target =
          "the " + receiverType + " " + receiver + " (through " + method.getSimpleName() + ")";
      checkStore(argPath, asMember.getParameterTypes().get(i), target, arg, s);
    }
  }

  /** Names a stored value; code values say why they count as lock-bound. */
  static String describeValue(Tree value) {
    if (value instanceof LambdaExpressionTree
        || value instanceof MemberReferenceTree
        || (value instanceof com.sun.source.tree.NewClassTree
            && ((com.sun.source.tree.NewClassTree) value).getClassBody() != null)) {
      return "code " + value + ", which captured a lock-bound value,";
    }
    return "value " + value;
  }

  private static boolean mentionsClassVariable(TypeMirror type, TypeElement owner) {
    if (type.getKind() == TypeKind.TYPEVAR) {
      TypeParameterElement param = (TypeParameterElement) ((TypeVariable) type).asElement();
      return param.getGenericElement().equals(owner);
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
        TypeMirror inner = arg;
        if (arg.getKind() == TypeKind.WILDCARD) {
          javax.lang.model.type.WildcardType w = (javax.lang.model.type.WildcardType) arg;
          inner = w.getExtendsBound() != null ? w.getExtendsBound() : w.getSuperBound();
        }
        if (inner != null && mentionsClassVariable(inner, owner)) {
          return true;
        }
      }
    }
    return false;
  }
}
