package org.gil4j.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Rules about declarations, independent of sections: classes that hold lock-bound fields without
 * being {@code @GilBound}, {@code @NoGil} methods with lock-bound parameters, misplaced or
 * conflicting annotations, and overrides that break their parent's contract.
 */
final class DeclarationRules {
  /** Receives a declaration finding. */
  interface Reporter {
    void report(Finding.Kind kind, Tree tree, String subject, String detail);
  }

  private final LockBound types;
  private final Sections rules;
  private final Reporter reporter;

  DeclarationRules(LockBound types, Sections rules, Reporter reporter) {
    this.types = types;
    this.rules = rules;
    this.reporter = reporter;
  }

  /** An unannotated or {@code @Ungil} class may not have a lock-bound instance field. */
  void checkClass(ClassTree node, TypeElement element) {
    if (types.isBoundClass(element)) {
      return;
    }
    for (Tree member : node.getMembers()) {
      if (!(member instanceof VariableTree)) {
        continue;
      }
      VariableElement field = TreeUtils.elementFromDeclaration((VariableTree) member);
      if (field != null
          && field.getKind() == ElementKind.FIELD
          && !field.getModifiers().contains(Modifier.STATIC)
          && types.isBound(field.asType())) {
        reporter.report(
            Finding.Kind.CLASS_FIELD,
            member,
            element.getSimpleName() + "." + field.getSimpleName(),
            field.asType().toString());
      }
    }
  }

  /** Annotation misuse, lock-bound {@code @NoGil} parameters and broken overrides. */
  void checkMethod(MethodTree node, ExecutableElement method) {
    String name = Names.methodName(method);
    boolean noGil = GilScanner.has(method, GilNames.NO_GIL);
    boolean withGil = GilScanner.has(method, GilNames.WITH_GIL);
    if (noGil && withGil) {
      reporter.report(Finding.Kind.ANNOTATION_CONFLICT, node, name, "");
    }
    List<? extends VariableTree> paramTrees = node.getParameters();
    for (int i = 0; i < paramTrees.size(); i++) {
      VariableElement param = method.getParameters().get(i);
      if (GilScanner.has(param, GilNames.NO_GIL) && !rules.carriesCode(param.asType())) {
        reporter.report(
            Finding.Kind.NOGIL_NOT_FUNCTIONAL,
            paramTrees.get(i),
            param.getSimpleName().toString(),
            param.asType().toString());
      }
      if (noGil && types.isBound(param.asType())) {
        reporter.report(
            Finding.Kind.NOGIL_PARAMETER,
            paramTrees.get(i),
            param.getSimpleName().toString(),
            param.asType().toString());
      }
    }
    if (method.getModifiers().contains(Modifier.STATIC) || method.getKind() != ElementKind.METHOD) {
      return;
    }
    for (ExecutableElement parent : rules.overriddenMethods(method)) {
      if (GilScanner.has(parent, GilNames.NO_GIL) && !noGil) {
        reporter.report(Finding.Kind.OVERRIDE_NOGIL, node, name, Names.methodName(parent));
        return;
      }
      if (GilScanner.has(parent, GilNames.WITH_GIL) && !withGil && !noGil) {
        reporter.report(Finding.Kind.OVERRIDE_WITHGIL, node, name, Names.methodName(parent));
        return;
      }
    }
  }
}
