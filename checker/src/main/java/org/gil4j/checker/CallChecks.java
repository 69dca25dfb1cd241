package org.gil4j.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The call half of {@link GilScanner}: what a lock-free call or {@code new} may not reach, and the
 * section each argument runs in (lambdas, method references and anonymous classes handed to
 * {@code @NoGil}, {@code @WithGil} or parallel-stream parameters). It is kept apart so the scanner
 * only walks and tracks sections; it scans sub-trees and reports through that same scanner.
 */
final class CallChecks {
  private final GilScanner scanner;
  private final GilAnalysis analysis;
  private final LockBound types;
  private final Sections rules;

  CallChecks(GilScanner scanner, GilAnalysis analysis) {
    this.scanner = scanner;
    this.analysis = analysis;
    this.types = analysis.types();
    this.rules = analysis.rules();
  }

  /**
   * Reports a lock-free {@code new} of a lock-bound class, or of an inner class that would capture
   * a lock-bound outer {@code this}. Anonymous classes are left to the walk of their body.
   */
  void checkLockFreeConstruction(NewClassTree node, ExecutableElement constructor, Section s) {
    if (!s.checksUses() || node.getClassBody() != null || constructor == null) {
      return;
    }
    TypeElement created = (TypeElement) constructor.getEnclosingElement();
    TypeElement outer = LockBound.enclosingClass(created);
    if (node.getEnclosingExpression() == null
        && LockBound.holdsOuterThis(created)
        && outer != null
        && types.isBoundClass(outer)) {
      scanner.report(
          Finding.Kind.NOGIL_USE,
          node,
          outer.getSimpleName() + ".this",
          "outer instance of " + created.getSimpleName(),
          s);
    } else if (types.isBoundClass(created) && !LockBound.isToken(created.asType())) {
      // A token's constructor (the runtime's own) is the acquisition itself, not a call needing it.
      scanner.report(
          Finding.Kind.NOGIL_CALL,
          node,
          "new " + created.getSimpleName() + "(..)",
          created.getSimpleName().toString(),
          s);
    }
  }

  /** The lock-free call rules: what a call without the lock may not reach. */
  void checkLockFreeCall(
      Tree call,
      ExecutableElement method,
      ExpressionTree receiver,
      List<? extends ExpressionTree> args,
      Section s) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String name = Names.methodName(method);
    if (LockBound.isGenerated(owner) || holdsWrapper(receiver)) {
      scanner.scan(receiver, s); // wrappers take the lock themselves
      return;
    }
    if (GilScanner.has(method, GilNames.NO_GIL)) {
      if (receiver != null && !GilScanner.isSimple(receiver)) {
        scanner.scan(receiver, s);
      }
      return;
    }
    if (GilScanner.has(method, GilNames.WITH_GIL)) {
      scanner.report(Finding.Kind.NOGIL_CALL_WITHGIL, call, name, Names.wrapperName(owner), s);
      if (receiver != null && !GilScanner.isSimple(receiver)) {
        scanner.scan(receiver, s);
      }
      return;
    }
    List<? extends VariableElement> params = method.getParameters();
    for (int i = 0; i < params.size(); i++) {
      if (LockBound.isToken(params.get(i).asType())) {
        // A real token passed here is reported as a token use; say it once.
        if (!passesToken(args, i)) {
          scanner.report(Finding.Kind.NOGIL_CALL_TOKEN, call, name, "", s);
        }
        scanner.scan(receiver, s);
        return;
      }
    }
    int before = scanner.findingCount();
    scanner.scan(receiver, s);
    if (scanner.findingCount() != before) {
      return; // the receiver itself was reported
    }
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    if (scanner.ownsToken(receiver, s)) {
      return; // strict code calling the token it made (the runtime's own scopes)
    }
    boolean receiverBound =
        receiver != null && !isStatic && types.isBound(TreeUtils.typeOf(receiver));
    if (receiverBound
        || (types.isBoundClass(owner) && method.getKind() != ElementKind.CONSTRUCTOR)) {
      boolean implicitThis =
          receiver == null && !isStatic && !(call instanceof MemberReferenceTree);
      String shown = implicitThis ? "this." + method.getSimpleName() : name;
      scanner.report(Finding.Kind.NOGIL_CALL, call, shown, owner.getSimpleName().toString(), s);
    }
  }

  private static boolean passesToken(List<? extends ExpressionTree> args, int index) {
    return index < args.size() && LockBound.isToken(TreeUtils.typeOf(args.get(index)));
  }

  /** True when {@code receiver} names a local or final field that only ever holds wrappers. */
  private boolean holdsWrapper(ExpressionTree receiver) {
    if (receiver == null
        || !(receiver instanceof IdentifierTree || receiver instanceof MemberSelectTree)) {
      return false;
    }
    Element e = TreeUtils.elementFromUse(receiver);
    return e instanceof VariableElement && analysis.holdsWrapper(e);
  }

  /** Scans call arguments, opening the section each parameter asks for. */
  void scanArguments(
      ExecutableElement method, List<? extends ExpressionTree> args, Section s, boolean parallel) {
    String callName = Names.methodName(method);
    for (int i = 0; i < args.size(); i++) {
      ExpressionTree arg = args.get(i);
      Tree literal = GilScanner.strip(arg);
      boolean functional =
          literal instanceof LambdaExpressionTree
              || literal instanceof MemberReferenceTree
              || (literal instanceof NewClassTree
                  && ((NewClassTree) literal).getClassBody() != null);
      VariableElement param = parameter(method, i);
      Sections.ParamMode mode = rules.paramMode(method, i);
      boolean parallelCode =
          parallel && (functional || (param != null && rules.isFunctional(param.asType())));
      if (mode == Sections.ParamMode.NO_GIL || parallelCode) {
        Section.Origin origin =
            mode == Sections.ParamMode.NO_GIL
                ? Section.Origin.NOGIL_ARGUMENT
                : Section.Origin.PARALLEL_STREAM;
        Section lockFree = Section.lockFree(origin, literal, callName);
        if (functional) {
          scanner.scan(arg, lockFree); // its body runs without the lock
        } else if (param != null
            && !rules.isFunctional(param.asType())
            && !(literal instanceof NewClassTree)) {
          // A task or task list (invokeAll, ForkJoinPool.invoke, Timer.schedule): code built
          // inline runs lock-free.
          // A local task list is judged where its tasks were stored (gil.escape.store).
          scanner.scan(arg, lockFree);
        } else {
          scanner.scan(arg, s);
          if (analysis.isBoundExpression(new TreePath(scanner.getCurrentPath(), arg))) {
            scanner.report(Finding.Kind.NOGIL_ARGUMENT, arg, arg.toString(), callName, lockFree);
          } else if (literal instanceof NewClassTree) {
            // pool.submit(new Report(doc)): the caller evaluates the arguments under the lock,
            // but a lock-bound one travels inside the task to the other thread.
            reportBoundConstructorArguments((NewClassTree) literal, callName, lockFree);
          }
        }
      } else if (mode == Sections.ParamMode.WITH_GIL && functional) {
        Section held = Section.held(Section.Origin.WITHGIL_ARGUMENT, literal, callName);
        scanner.scan(arg, held);
        ScopeRules scope = new ScopeRules(analysis, scanner::report);
        if (literal instanceof LambdaExpressionTree) {
          scope.checkHeldResult(
              new TreePath(scanner.getCurrentPath(), literal),
              (LambdaExpressionTree) literal,
              held);
        } else if (literal instanceof MemberReferenceTree) {
          scope.checkHeldReferenceResult((MemberReferenceTree) literal, held);
        }
      } else if (functional
          && scanner.isStrict()
          && mode == Sections.ParamMode.NONE
          && !rules.runsInline(method, i)) {
        // Strict code: a callback that may run later, on any thread, holds no lock.
        scanner.scan(arg, StrictRules.callbackSection(literal, callName));
      } else {
        scanner.scan(arg, s);
        if (s.checksUses() && !functional) {
          scanner.checkProduced(arg, s); // helper(registry.current()): passed lock-free
        }
      }
    }
  }

  private void reportBoundConstructorArguments(NewClassTree task, String callName, Section lockFree) {
    TreePath taskPath = new TreePath(scanner.getCurrentPath(), task);
    ExecutableElement constructor = TreeUtils.elementFromUse(task);
    List<? extends ExpressionTree> args = task.getArguments();
    for (int i = 0; i < args.size(); i++) {
      ExpressionTree arg = args.get(i);
      if (constructor != null && rules.paramMode(constructor, i) == Sections.ParamMode.NO_GIL) {
        continue; // code handed on (new FutureTask<>(() -> ..)): its body was judged lock-free
      }
      if (constructor != null
          && Escapes.keepsErased(
              analysis, constructor, Math.min(i, constructor.getParameters().size() - 1))) {
        continue; // the constructor keeps it: reported as the escape it is, wherever the task goes
      }
      Tree literal = GilScanner.strip(arg);
      TreePath argPath = new TreePath(taskPath, arg);
      if (literal instanceof NewClassTree && ((NewClassTree) literal).getClassBody() == null) {
        if (analysis.isBoundExpression(argPath)) {
          scanner.report(Finding.Kind.NOGIL_ARGUMENT, arg, arg.toString(), callName, lockFree);
        } else {
          reportBoundConstructorArguments((NewClassTree) literal, callName, lockFree);
        }
      } else if (analysis.isBoundExpression(argPath) && !declaredBound(constructor, i)) {
        scanner.report(Finding.Kind.NOGIL_ARGUMENT, arg, arg.toString(), callName, lockFree);
      }
    }
  }

  /**
   * True when the constructor's parameter is itself declared lock-bound ({@code Summary(Doc d)}):
   * what the constructor does with it is judged in its own body (a field keeping it makes the
   * class lock-bound, a store into an {@code Object} field is an escape there), so reading it
   * there, on the caller's thread and under the caller's lock, is fine. A parameter declared
   * {@code Object}, an interface or a functional type loses the boundness at the call.
   */
  private boolean declaredBound(ExecutableElement constructor, int index) {
    VariableElement param = constructor == null ? null : parameter(constructor, index);
    return param != null && types.isBound(param.asType());
  }

  private static VariableElement parameter(ExecutableElement method, int index) {
    List<? extends VariableElement> params = method.getParameters();
    return params.isEmpty() ? null : params.get(Math.min(index, params.size() - 1));
  }

  /** True when a method reference's qualifier names a type ({@code Foo::m}, {@code int[]::new}). */
  static boolean isTypeName(ExpressionTree qualifier) {
    switch (qualifier.getKind()) {
      case IDENTIFIER:
      case MEMBER_SELECT:
        return TreeUtils.elementFromUse(qualifier) instanceof TypeElement;
      case ARRAY_TYPE:
      case PARAMETERIZED_TYPE:
      case PRIMITIVE_TYPE:
      case ANNOTATED_TYPE:
        return true;
      default:
        return false;
    }
  }

  /**
   * True when the functional interface a method reference implements hands it a {@code GilToken}
   * (as in {@code Strategy s = Demo::update} with {@code void apply(GilToken gil, Doc d)}): whoever
   * calls it holds the lock, as a method with a token parameter is a held section.
   */
  static boolean tokenSupplied(MemberReferenceTree node) {
    javax.lang.model.type.TypeMirror target = TreeUtils.typeOf(node);
    return target instanceof javax.lang.model.type.DeclaredType
        && abstractMethodTakesToken(
            (TypeElement) ((javax.lang.model.type.DeclaredType) target).asElement());
  }

  private static boolean abstractMethodTakesToken(TypeElement type) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && member.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
        for (javax.lang.model.element.VariableElement p :
            ((ExecutableElement) member).getParameters()) {
          if (LockBound.isToken(p.asType())) {
            return true;
          }
        }
      }
    }
    for (javax.lang.model.type.TypeMirror sup : type.getInterfaces()) {
      if (sup instanceof javax.lang.model.type.DeclaredType
          && abstractMethodTakesToken(
              (TypeElement) ((javax.lang.model.type.DeclaredType) sup).asElement())) {
        return true;
      }
    }
    return false;
  }
}
