package org.gil4j.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * What counts as a use of a lock-bound value where the lock may not be held (lock-free sections,
 * strict code not held): a local, parameter, field, static field, {@code this} or outer {@code
 * this} whose value is lock-bound, and a field read through any expression whose value is
 * (registry.current().field). Reading a {@code final} field of an {@code @Ungil} type is not a
 * use. Also what "one value" is, for one diagnostic per value per section. Calls are {@link
 * CallChecks}'.
 */
final class Uses {
  private final GilScanner scanner;
  private final GilAnalysis analysis;
  private final LockBound types;
  private final boolean probe;
  private final Set<Element> declaredInside;
  /** The section each local was declared in (its start tree), for flow-bound locals. */
  private final Map<Element, Tree> declaredIn = new HashMap<>();

  Uses(GilScanner scanner, GilAnalysis analysis, boolean probe, Set<Element> declaredInside) {
    this.scanner = scanner;
    this.analysis = analysis;
    this.types = analysis.types();
    this.probe = probe;
    this.declaredInside = declaredInside;
  }

  /** Notes where local {@code v} is declared. */
  void declared(Element v, Section s) {
    if (s.checksUses()) {
      declaredIn.put(v, s.start());
    }
  }

  /** {@code expr.field} (also {@code Outer.this}) where the lock may not be held. */
  void checkFieldSelect(MemberSelectTree node, VariableElement e, Section s) {
    String name = node.getIdentifier().toString();
    if (name.equals("class")) {
      return;
    }
    if (name.equals("this") || name.equals("super")) {
      if (types.isBound(TreeUtils.typeOf(node))) {
        scanner.report(Finding.Kind.NOGIL_USE, node, node.toString(), Names.typeName(node), s);
      }
      return;
    }
    VariableElement field = e;
    if (field.getModifiers().contains(Modifier.STATIC)) {
      checkStaticField(node, field, s);
      return;
    }
    if (isImmutableRead(field)) {
      // A final @Ungil field never changes; its receiver may still be a use.
      if (!GilScanner.isSimple(node.getExpression())) {
        scanner.scan(node.getExpression(), s);
      }
      return;
    }
    int before = scanner.findingCount();
    scanner.scan(node.getExpression(), s);
    if (scanner.findingCount() != before) {
      return;
    }
    if (types.isBound(field.asType())) {
      scanner.report(kindFor(field.asType()), node, node.toString(), Names.typeName(node), s);
    } else if (analysis.isBoundExpression(
        new TreePath(scanner.getCurrentPath(), node.getExpression()))) {
      // registry.current().field, supplier.get().field, pick(a, b).x: a use by its type
      ExpressionTree receiver = node.getExpression();
      scanner.report(
          Finding.Kind.NOGIL_USE, receiver, receiver.toString(), Names.typeName(receiver), s);
    }
  }

  /**
   * A value that lock-free code produces and then returns, passes, stores or throws: a call's
   * result ({@code () -> registry.current()}) or a cast ({@code (Doc) o}), also picked by a
   * conditional. Named values are reported where they are named; this covers the unnamed ones.
   */
  void checkProduced(ExpressionTree expr, Section s) {
    if (expr == null) {
      return;
    }
    Tree t = expr;
    while (t instanceof com.sun.source.tree.ParenthesizedTree) {
      t = ((com.sun.source.tree.ParenthesizedTree) t).getExpression();
    }
    if (t instanceof com.sun.source.tree.ConditionalExpressionTree) {
      com.sun.source.tree.ConditionalExpressionTree c =
          (com.sun.source.tree.ConditionalExpressionTree) t;
      checkProduced(c.getTrueExpression(), s);
      checkProduced(c.getFalseExpression(), s);
      return;
    }
    if (!(t instanceof MethodInvocationTree || t instanceof com.sun.source.tree.TypeCastTree)) {
      return;
    }
    TypeMirror type = TreeUtils.typeOf(t);
    if (type != null && types.isBound(type) && !fromBoundInput(t)) {
      scanner.report(
          kindFor(type), t, t.toString(), Names.typeName((ExpressionTree) t), s);
    }
  }

  /**
   * True when a call's receiver or an argument, or a cast's operand, is itself lock-bound: that
   * input was the use ({@code Objects.requireNonNull(doc)} is one use of {@code doc}).
   */
  private boolean fromBoundInput(Tree t) {
    TreePath here = scanner.getCurrentPath();
    if (t instanceof com.sun.source.tree.TypeCastTree) {
      return analysis.isBoundExpression(
          new TreePath(here, ((com.sun.source.tree.TypeCastTree) t).getExpression()));
    }
    MethodInvocationTree call = (MethodInvocationTree) t;
    ExpressionTree receiver = Sections.receiverOf(call);
    if (receiver != null
        && !CallChecks.isTypeName(receiver)
        && analysis.isBoundExpression(new TreePath(here, receiver))) {
      return true;
    }
    for (ExpressionTree arg : call.getArguments()) {
      if (analysis.isBoundExpression(new TreePath(here, arg))) {
        return true;
      }
    }
    return false;
  }

  void checkVariableUse(IdentifierTree node, VariableElement v, Section s) {
    String name = v.getSimpleName().toString();
    if (name.equals("this") || name.equals("super")) {
      if (types.isBound(TreeUtils.typeOf(node))) {
        scanner.report(Finding.Kind.NOGIL_USE, node, name, Names.typeName(node), s);
      }
      return;
    }
    if (v.getKind() == ElementKind.FIELD || v.getKind() == ElementKind.ENUM_CONSTANT) {
      if (v.getModifiers().contains(Modifier.STATIC)) {
        checkStaticField(node, v, s);
      } else if (!isImmutableRead(v)
          && (types.isBound(v.asType())
              || types.isBoundClass((TypeElement) v.getEnclosingElement()))) {
        String detail =
            types.isBound(v.asType())
                ? Names.typeName(node)
                : "a field of lock-bound " + v.getEnclosingElement().getSimpleName();
        scanner.report(kindFor(v.asType()), node, "this." + name, detail, s);
      }
      return;
    }
    if (!GilAnalysis.isLocal(v) || (probe && declaredInside.contains(v))) {
      return;
    }
    if (declaredIn.get(v) == s.start()
        && !types.isBound(v.asType())
        && !probe
        && onlyNamedValues(v)) {
      return; // bound only by the variables assigned to it here: naming those was the use
    }
    if (v.getKind() == ElementKind.PARAMETER && isNoGilParameter(v)) {
      return; // already reported where the parameter is declared
    }
    if (LockBound.isToken(v.asType())) {
      if (s.isStrictNotHeld() && declaredIn.get(v) == s.start()) {
        return; // strict code that made its own token holds the lock through it
      }
      scanner.report(Finding.Kind.NOGIL_TOKEN, node, name, Names.typeName(node), s);
    } else if (analysis.isBoundLocal(v)) {
      scanner.report(Finding.Kind.NOGIL_USE, node, name, Names.typeName(node), s);
    }
  }

  private void checkStaticField(Tree node, VariableElement field, Section s) {
    if (types.isBound(field.asType())) {
      TypeElement owner = (TypeElement) field.getEnclosingElement();
      scanner.report(
          kindFor(field.asType()),
          node,
          owner.getSimpleName() + "." + field.getSimpleName(),
          Names.typeName(node),
          s);
    }
  }

  private boolean isImmutableRead(VariableElement field) {
    return field.getModifiers().contains(Modifier.FINAL) && !types.isBound(field.asType());
  }

  private boolean isNoGilParameter(VariableElement param) {
    Element owner = param.getEnclosingElement();
    return owner instanceof ExecutableElement && GilScanner.has(owner, GilNames.NO_GIL);
  }

  private static Finding.Kind kindFor(TypeMirror type) {
    return LockBound.isToken(type) ? Finding.Kind.NOGIL_TOKEN : Finding.Kind.NOGIL_USE;
  }

  /** True when {@code receiver} is a token that strict code not held made in this section. */
  boolean ownsToken(ExpressionTree receiver, Section s) {
    if (receiver == null || !s.isStrictNotHeld() || !(GilScanner.strip(receiver) instanceof IdentifierTree)) {
      return false;
    }
    Element e = TreeUtils.elementFromUse((ExpressionTree) GilScanner.strip(receiver));
    return e != null && LockBound.isToken(e.asType()) && declaredIn.get(e) == s.start();
  }

  /**
   * True when every value assigned to local {@code v} is a variable (possibly cast, parenthesized
   * or picked by a conditional): {@code Object x = doc}. Such a local is the same value as the
   * variable, and naming that variable was the use. So is code written in the section ({@code
   * Runnable r = () -> doc.touch()}): what it captured was used where it was named. A value from
   * a call ({@code Object x = registry.current()}) is not named anywhere else: the local's own
   * use is its first use.
   */
  private boolean onlyNamedValues(Element v) {
    for (TreePath value : analysis.assignedValues(v)) {
      if (!isNamed(value.getLeaf())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNamed(Tree tree) {
    Tree t = GilScanner.strip(tree);
    if (t instanceof com.sun.source.tree.ConditionalExpressionTree) {
      com.sun.source.tree.ConditionalExpressionTree c =
          (com.sun.source.tree.ConditionalExpressionTree) t;
      return isNamed(c.getTrueExpression()) && isNamed(c.getFalseExpression());
    }
    if (t instanceof IdentifierTree || t instanceof MemberSelectTree) {
      return TreeUtils.elementFromUse((ExpressionTree) t) instanceof VariableElement;
    }
    if (t.getKind() == Tree.Kind.LAMBDA_EXPRESSION || t.getKind() == Tree.Kind.MEMBER_REFERENCE) {
      return true; // code written in this section: what it captured was named (and used) here
    }
    if (t instanceof NewClassTree && ((NewClassTree) t).getClassBody() != null) {
      return true;
    }
    return t.getKind() == Tree.Kind.NULL_LITERAL;
  }

  /**
   * What "one value" means for de-duplication: the variable, field or {@code this} a tree names
   * (an implicit-{@code this} call counts as {@code this}), else the tree itself. A local that
   * only ever holds another variable's value ({@code Object x = doc}, {@code for (Doc d : docs)})
   * is that variable's value.
   */
  Object valueKey(Tree tree, String subject) {
    Tree t = GilScanner.strip(tree);
    if (subject.startsWith("this.") || subject.equals("this")) {
      return "this";
    }
    if (t instanceof IdentifierTree || t instanceof MemberSelectTree) {
      Element e = TreeUtils.elementFromUse((ExpressionTree) t);
      if (e instanceof VariableElement) {
        return aliasOf(e, 0);
      }
    }
    if (t instanceof MethodInvocationTree) {
      ExpressionTree receiver = Sections.receiverOf((MethodInvocationTree) t);
      if (receiver != null && GilScanner.isSimple(receiver)) {
        Element e = TreeUtils.elementFromUse(receiver);
        if (e instanceof VariableElement) {
          return aliasOf(e, 0);
        }
      }
    }
    return t;
  }

  /** The variable whose value local {@code e} holds when it is assigned exactly one variable. */
  private Object aliasOf(Element e, int depth) {
    if (depth > 8 || !GilAnalysis.isLocal(e)) {
      return e;
    }
    List<TreePath> values = analysis.assignedValues(e);
    if (values.size() != 1) {
      return e;
    }
    Tree t = GilScanner.strip(values.get(0).getLeaf());
    if (t instanceof IdentifierTree || t instanceof MemberSelectTree) {
      Element source = TreeUtils.elementFromUse((ExpressionTree) t);
      if (source instanceof VariableElement) {
        return aliasOf(source, depth + 1);
      }
    }
    return e;
  }
}
