package org.gil4j.checker;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The shared "what" of the checker for one top-level class: lock-bound types, lock-bound
 * expressions, and a flow-insensitive record of which locals ever hold a lock-bound value (an
 * upcast never launders boundness: {@code Object o = bound} keeps {@code o} lock-bound, as does
 * {@code Runnable r = () -> bound.tick()}).
 */
final class GilAnalysis {
  private final LockBound types;
  private final Sections rules;
  private final Map<Element, List<TreePath>> localAssignments = new HashMap<>();
  private final Map<Element, Boolean> localBound = new HashMap<>();
  private final Map<Tree, Boolean> captures = new IdentityHashMap<>();
  private final Map<ExecutableElement, Map<Integer, String>> keptParameters = new HashMap<>();

  private final ProcessingEnvironment env;

  private final StrictRules strict;
  private Tree topLevel; // the top-level class being checked


  GilAnalysis(ProcessingEnvironment env, LockBound types, Sections rules, StrictRules strict) {
    this.env = env;
    this.types = types;
    this.rules = rules;
    this.strict = strict;
  }

  StrictRules strict() {
    return strict;
  }

  ProcessingEnvironment processingEnv() {
    return env;
  }

  LockBound types() {
    return types;
  }

  Sections rules() {
    return rules;
  }

  /** Records every value assigned to a local variable inside {@code classPath}. */
  void collectLocals(TreePath classPath) {
    this.topLevel = classPath.getLeaf();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void p) {
        Element v = TreeUtils.elementFromDeclaration(node);
        if (node.getInitializer() != null && v != null && (isLocal(v) || isFinalField(v))) {
          record(v, new TreePath(getCurrentPath(), node.getInitializer()));
        }
        return super.visitVariable(node, p);
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void p) {
        Element v = TreeUtils.elementFromUse(node.getVariable());
        if (v != null && (isLocal(v) || isFinalField(v))) {
          record(v, new TreePath(getCurrentPath(), node.getExpression()));
        }
        return super.visitAssignment(node, p);
      }

      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void p) {
        Element v = TreeUtils.elementFromDeclaration(node.getVariable());
        if (v != null) {
          record(v, new TreePath(getCurrentPath(), node.getExpression()));
        }
        return super.visitEnhancedForLoop(node, p);
      }

      @Override
      public Void visitInstanceOf(InstanceOfTree node, Void p) {
        // o instanceof Doc d: d is o's value
        if (node.getPattern() instanceof BindingPatternTree) {
          Element v =
              TreeUtils.elementFromDeclaration(((BindingPatternTree) node.getPattern()).getVariable());
          if (v != null) {
            record(v, new TreePath(getCurrentPath(), node.getExpression()));
          }
        }
        return super.visitInstanceOf(node, p);
      }
    }.scan(classPath, null);
  }

  private void record(Element v, TreePath value) {
    localAssignments.computeIfAbsent(v, k -> new ArrayList<>()).add(value);
  }

  /** Final fields are recorded too, for wrappers kept in them. */
  private static boolean isFinalField(Element e) {
    return e.getKind() == ElementKind.FIELD && e.getModifiers().contains(Modifier.FINAL);
  }

  /**
   * True when every value ever assigned to local or final field {@code v} is a generated wrapper:
   * {@code new Foo_Gil(..)} or a call of a method declared in a {@code @GilGenerated} class ({@code
   * Api_Gil.wrap(..)}). Calls through such a variable take the lock themselves, even though its
   * declared type is the wrapped type.
   */
  boolean holdsWrapper(Element v) {
    List<TreePath> values = localAssignments.getOrDefault(v, List.of());
    if (values.isEmpty()) {
      return false;
    }
    for (TreePath value : values) {
      Tree tree = value.getLeaf();
      while (tree instanceof ParenthesizedTree) {
        tree = ((ParenthesizedTree) tree).getExpression();
      }
      if (tree.getKind() != Tree.Kind.NEW_CLASS && tree.getKind() != Tree.Kind.METHOD_INVOCATION) {
        return false;
      }
      Element made = TreeUtils.elementFromUse((ExpressionTree) tree);
      if (made == null
          || !(made.getEnclosingElement() instanceof TypeElement)
          || !LockBound.isGenerated((TypeElement) made.getEnclosingElement())) {
        return false;
      }
    }
    return true;
  }

  /** Every value assigned to local {@code v} anywhere in the class (flow-insensitive). */
  List<TreePath> assignedValues(Element v) {
    return localAssignments.getOrDefault(v, List.of());
  }

  /** True for locals, parameters and the other variables that live in a method frame. */
  static boolean isLocal(Element e) {
    switch (e.getKind()) {
      case LOCAL_VARIABLE:
      case PARAMETER:
      case EXCEPTION_PARAMETER:
      case RESOURCE_VARIABLE:
      case BINDING_VARIABLE:
        return true;
      default:
        return false;
    }
  }

  /** True when local {@code v} is declared lock-bound or is ever assigned a lock-bound value. */
  boolean isBoundLocal(Element v) {
    if (types.isBound(v.asType())) {
      return true;
    }
    Boolean cached = localBound.get(v);
    if (cached != null) {
      return cached;
    }
    localBound.put(v, false); // cycles (x = y; y = x) settle on "not bound"
    boolean bound = false;
    for (TreePath value : localAssignments.getOrDefault(v, List.of())) {
      if (isBoundExpression(value)) {
        bound = true;
        break;
      }
    }
    localBound.put(v, bound);
    return bound;
  }

  /**
   * True when the value of the expression at {@code path} is lock-bound: its type is, it names a
   * lock-bound local, or it is a lambda, method reference or anonymous class that would break a
   * lock-free rule if run without the lock (it captured something lock-bound).
   */
  boolean isBoundExpression(TreePath path) {
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case PARENTHESIZED:
        return isBoundExpression(new TreePath(path, ((ParenthesizedTree) tree).getExpression()));
      case CONDITIONAL_EXPRESSION:
        ConditionalExpressionTree cond = (ConditionalExpressionTree) tree;
        return isBoundExpression(new TreePath(path, cond.getTrueExpression()))
            || isBoundExpression(new TreePath(path, cond.getFalseExpression()));
      case SWITCH_EXPRESSION:
        return isBoundType(tree) || anyResultBound(path, (SwitchExpressionTree) tree);
      case TYPE_CAST:
        return isBoundType(tree)
            || isBoundExpression(new TreePath(path, ((TypeCastTree) tree).getExpression()));
      case ASSIGNMENT:
        return isBoundExpression(new TreePath(path, ((AssignmentTree) tree).getExpression()));
      case LAMBDA_EXPRESSION:
      case MEMBER_REFERENCE:
        return capturesBound(path);
      case NEW_CLASS:
        return isBoundType(tree)
            || (((NewClassTree) tree).getClassBody() != null && capturesBound(path));
      case METHOD_INVOCATION:
        return isBoundType(tree) || carriesBoundInput(path, (MethodInvocationTree) tree);
      case IDENTIFIER:
      case MEMBER_SELECT:
        Element e = TreeUtils.elementFromUse((ExpressionTree) tree);
        if (e != null && isLocal(e)) {
          return isBoundLocal(e);
        }
        return isBoundType(tree);
      default:
        return isBoundType(tree);
    }
  }

  /**
   * The path to the declaration of {@code method} when it is in the top-level class being checked
   * (whose trees are attributed now; another class's may not be yet), else {@code null}.
   */
  TreePath sourceInThisClass(ExecutableElement method) {
    TreePath path = Trees.instance(env).getPath(method);
    if (path == null || topLevel == null || !(path.getLeaf() instanceof MethodTree)) {
      return null;
    }
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() == topLevel) {
        return path;
      }
    }
    return null;
  }

  /**
   * The parameters of {@code method}, a method or constructor of the code being compiled, that
   * its body keeps: assigns, as they are, to a field or an array element ({@code this.subject =
   * subject}), with where it keeps them. A lock-bound argument passed there escapes as surely as
   * if the caller had stored it. A library method (no source here) keeps nothing we can see.
   */
  Map<Integer, String> keptParameters(ExecutableElement method) {
    Map<Integer, String> known = keptParameters.get(method);
    if (known != null) {
      return known;
    }
    Map<Integer, String> kept = new HashMap<>();
    keptParameters.put(method, kept);
    TreePath declaration = sourceInThisClass(method);
    BlockTree body = declaration == null ? null : ((MethodTree) declaration.getLeaf()).getBody();
    if (body == null) {
      return kept;
    }
    List<? extends Element> params = method.getParameters();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void p) {
        Tree value = GilScanner.strip(node.getExpression());
        if (value instanceof IdentifierTree) {
          Element e = TreeUtils.elementFromTree(value);
          int index = e == null ? -1 : params.indexOf(e);
          if (index >= 0 && !kept.containsKey(index)) {
            ExpressionTree target = node.getVariable();
            if (target instanceof ArrayAccessTree) {
              kept.put(index, "an array element");
            } else {
              Element field = TreeUtils.elementFromTree(target);
              if (field != null && field.getKind() == ElementKind.FIELD) {
                kept.put(index, "field " + field.getEnclosingElement().getSimpleName() + "."
                    + field.getSimpleName());
              }
            }
          }
        }
        return super.visitAssignment(node, p);
      }
    }.scan(body, null);
    return kept;
  }

  /**
   * True when a call on a lock-bound receiver returns an erased type ({@code Object}, a type
   * variable, a container of those), which may hand the receiver's lock-bound contents back:
   * {@code stream.collect(toList())} into a {@code List<Object>}, {@code docs.toArray()}. A
   * lock-bound argument of a generic method is the escape rule's ({@code List.of(doc)} into a
   * {@code List<Object>} is reported there, once).
   */
  private boolean carriesBoundInput(TreePath path, MethodInvocationTree call) {
    TypeMirror result = TreeUtils.typeOf(call);
    if (result == null || !types.isErased(result)) {
      return false;
    }
    ExecutableElement method = TreeUtils.elementFromUse(call);
    if (method == null || !types.isErased(method.getReturnType())) {
      return false;
    }
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree) {
      ExpressionTree receiver = ((MemberSelectTree) select).getExpression();
      Element target = TreeUtils.elementFromUse(receiver);
      boolean typeName =
          target != null && (target.getKind().isClass() || target.getKind().isInterface());
      if (!typeName && !ownMethodOfBoundClass(receiver)
          && isBoundExpression(new TreePath(path, receiver))) {
        return !mapsToUnbound(path, call);
      }
    }
    return false;
  }

  /**
   * True when the receiver's own class is {@code @GilBound} ({@code pyObject.toJava()}): such a
   * method hands back what its author wrote, judged in its own body; only a container of
   * lock-bound values ({@code List<Doc>}, {@code Stream<Doc>}, {@code Doc[]}, a lock-bound value
   * kept as {@code Object}) hands its contents back through an erased result.
   */
  private boolean ownMethodOfBoundClass(ExpressionTree receiver) {
    TypeMirror type = TreeUtils.typeOf(receiver);
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && types.isBoundClass((TypeElement) ((DeclaredType) type).asElement());
  }

  /**
   * True when a lambda argument computes what the call hands back and none of its results is
   * lock-bound: {@code docs.stream().map(d -> (Object) d.name)} holds names, not documents.
   */
  private boolean mapsToUnbound(TreePath path, MethodInvocationTree call) {
    boolean mapped = false;
    for (ExpressionTree arg : call.getArguments()) {
      if (!(arg instanceof LambdaExpressionTree)) {
        continue;
      }
      LambdaExpressionTree lambda = (LambdaExpressionTree) arg;
      TreePath lambdaPath = new TreePath(path, lambda);
      if (lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
        TypeMirror type = TreeUtils.typeOf(lambda.getBody());
        if (type == null || type.getKind() == TypeKind.VOID) {
          continue; // a consumer, not a mapping
        }
        mapped = true;
        if (isBoundExpression(new TreePath(lambdaPath, lambda.getBody()))) {
          return false;
        }
      } else {
        for (TreePath value : Returns.of(new TreePath(lambdaPath, lambda.getBody()))) {
          mapped = true;
          if (isBoundExpression(value)) {
            return false;
          }
        }
      }
    }
    return mapped;
  }

  /** True when a value a switch expression yields (an arrow's expression or a yield) is bound. */
  private boolean anyResultBound(TreePath path, SwitchExpressionTree node) {
    for (CaseTree c : node.getCases()) {
      TreePath casePath = new TreePath(path, c);
      Tree body = c.getBody();
      if (c.getCaseKind() == CaseTree.CaseKind.RULE && body instanceof ExpressionTree) {
        if (isBoundExpression(new TreePath(casePath, body))) {
          return true;
        }
        continue;
      }
      boolean[] found = new boolean[1];
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitYield(YieldTree y, Void p) {
          if (!found[0] && isBoundExpression(new TreePath(getCurrentPath(), y.getValue()))) {
            found[0] = true;
          }
          return null;
        }

        @Override
        public Void visitSwitchExpression(SwitchExpressionTree inner, Void p) {
          return null; // its yields are its own
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree l, Void p) {
          return null;
        }

        @Override
        public Void visitClass(ClassTree k, Void p) {
          return null;
        }
      }.scan(casePath, null);
      if (found[0]) {
        return true;
      }
    }
    return false;
  }

  private boolean isBoundType(Tree tree) {
    if (!(tree instanceof ExpressionTree)) {
      return false;
    }
    TypeMirror type = TreeUtils.typeOf(tree);
    return type != null && types.isBound(type);
  }

  /**
   * True when the lambda, method reference or anonymous class at {@code path} would be reported if
   * it ran lock-free, counting only what it captures from outside itself.
   */
  boolean capturesBound(TreePath path) {
    Tree tree = path.getLeaf();
    Boolean cached = captures.get(tree);
    if (cached != null) {
      return cached;
    }
    captures.put(tree, false);
    boolean[] found = new boolean[1];
    GilScanner probe =
        new GilScanner(
            this,
            finding -> {
              if (finding.kind().isLockFree()) {
                found[0] = true;
              }
            },
            true);
    probe.scan(path, Section.lockFree(Section.Origin.NOGIL_ARGUMENT, tree, "probe"));
    captures.put(tree, found[0]);
    return found[0];
  }

  /** Locals declared inside a probed tree do not count as captures; the probe fills this. */
  static Set<Element> newDeclaredSet() {
    return new HashSet<>();
  }
}
