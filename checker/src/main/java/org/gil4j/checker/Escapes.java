package org.gil4j.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Every way a lock-bound value is kept beyond its held section, in any section:
 * a store into a field, static field or array element whose type is not
 * lock-bound; an array initializer whose component type is not; an argument passed to a parameter
 * whose declared type is a type variable (or an array of one, for varargs) instantiated with a type
 * that is not lock-bound ({@code List<Object>.add}, {@code Map.put}, {@code List.of}, {@code
 * Optional.of}, {@code <T> T keep(T)}); a bound value flowing into a method type variable while a
 * container argument of the same variable is not lock-bound ({@code Collections.addAll}); a
 * function whose bound result flows into such a type variable ({@code computeIfAbsent(k, x ->
 * bound)}). A token may be stored nowhere. A non-generic {@code Object} parameter only looks
 * ({@code println}, {@code equals}, {@code String.valueOf}): no escape.
 */
final class Escapes {
  /** Receives an escape finding. */
  interface Reporter {
    void report(Finding.Kind kind, Tree tree, String subject, String detail, Section section);
  }

  private final GilAnalysis analysis;
  private final Reporter reporter;

  Escapes(GilAnalysis analysis, Reporter reporter) {
    this.analysis = analysis;
    this.reporter = reporter;
  }

  /** A store of {@code value} into a location of type {@code targetType}. */
  void checkStore(TreePath value, TypeMirror targetType, String target, Tree at, Section s) {
    Tree leaf = value.getLeaf();
    TypeMirror valueType = leaf instanceof ExpressionTree ? TreeUtils.typeOf(leaf) : null;
    if (LockBound.isToken(valueType)) {
      reporter.report(Finding.Kind.ESCAPE_TOKEN, leaf, leaf.toString(), target, s);
    } else if (!analysis.types().isBound(targetType) && analysis.isBoundExpression(value)) {
      reporter.report(Finding.Kind.ESCAPE_STORE, leaf, describeValue(leaf), target, s);
    }
  }

  /** {@code {bound}} and {@code new Object[] {bound}}: elements of a non-bound array. */
  void checkArrayInitializer(TreePath arrayPath, NewArrayTree array, Section s) {
    if (array.getInitializers() == null) {
      return;
    }
    TypeMirror type = TreeUtils.typeOf(array);
    if (type == null || type.getKind() != TypeKind.ARRAY) {
      return;
    }
    TypeMirror component = ((ArrayType) type).getComponentType();
    for (ExpressionTree element : array.getInitializers()) {
      checkStore(new TreePath(arrayPath, element), component, "an element of " + type, element, s);
    }
  }

  /**
   * The arguments of a call or {@code new}: type-variable parameters, varargs arrays of a type
   * variable, container arguments of a method type variable, and functions whose result a
   * type-variable slot keeps.
   */
  void checkCall(
      TreePath callPath,
      ExpressionTree call,
      ExecutableElement method,
      List<? extends ExpressionTree> args,
      Section s) {
    List<? extends VariableElement> params = method.getParameters();
    if (!args.isEmpty() && !params.isEmpty()) {
      checkKeptParameters(callPath, method, args, s);
    }
    if (args.isEmpty() || params.isEmpty() || !anyTypeVariable(params)) {
      return;
    }
    ExecutableType instantiated = instantiated(call, method);
    if (instantiated == null || instantiated.getParameterTypes().size() != params.size()) {
      return;
    }
    // One escape per value per call: Set.of(doc, doc) keeps doc once, in one place.
    java.util.Set<Object> kept = new java.util.HashSet<>();
    Escapes once =
        new Escapes(
            analysis,
            (kind, tree, subject, detail, section) -> {
              if (kept.add(keptValue(tree))) {
                reporter.report(kind, tree, subject, detail, section);
              }
            });
    once.checkArguments(callPath, call, method, args, s, instantiated);
  }

  /**
   * Arguments passed to a parameter of erased type ({@code Object}, {@code Object...}, {@code
   * List<?>}) that the called method of this compilation keeps in a field or an array element:
   * {@code new Report(doc)} with {@code Report(Object subject) { this.subject = subject; }}, or
   * {@code remember(doc)} with {@code remember(Object... os) { last = os; }}. Type-variable
   * parameters are the generic rule's below.
   */
  private void checkKeptParameters(
      TreePath callPath, ExecutableElement method, List<? extends ExpressionTree> args, Section s) {
    if (analysis.keptParameters(method).isEmpty()) {
      return;
    }
    List<? extends VariableElement> params = method.getParameters();
    int last = params.size() - 1;
    boolean spread = spreadsVarargs(method, args);
    for (int i = 0; i < args.size(); i++) {
      int p = Math.min(i, last);
      if (!keepsErased(analysis, method, p)) {
        continue;
      }
      TypeMirror declared = params.get(p).asType();
      TypeMirror slot =
          spread && p == last && declared.getKind() == TypeKind.ARRAY
              ? ((ArrayType) declared).getComponentType()
              : declared;
      String target =
          "parameter " + params.get(p).getSimpleName() + " of " + Names.methodName(method)
              + ", which keeps it in " + analysis.keptParameters(method).get(p);
      checkStore(new TreePath(callPath, args.get(i)), slot, target, args.get(i), s);
    }
  }

  /**
   * True when parameter {@code p} of {@code method} is of an erased type other than a type
   * variable and the method keeps it: a lock-bound argument there is this rule's escape.
   */
  static boolean keepsErased(GilAnalysis analysis, ExecutableElement method, int p) {
    if (!analysis.keptParameters(method).containsKey(p)) {
      return false;
    }
    TypeMirror declared = method.getParameters().get(p).asType();
    return !mentionsTypeVariable(declared)
        && analysis.types().isErased(declared)
        && analysis.rules().paramMode(method, p) == Sections.ParamMode.NONE;
  }

  /**
   * True when the call spreads its trailing arguments into {@code method}'s varargs array ({@code
   * f(a, b)}), not when it passes an array for it ({@code f(array)}).
   */
  private static boolean spreadsVarargs(
      ExecutableElement method, List<? extends ExpressionTree> args) {
    int last = method.getParameters().size() - 1;
    return method.isVarArgs()
        && !(args.size() == last + 1 && TreeUtils.typeOf(args.get(last)).getKind() == TypeKind.ARRAY);
  }

  /** The value a kept argument names (a variable), or the argument itself. */
  private static Object keptValue(Tree tree) {
    Tree t = GilScanner.strip(tree);
    if (t instanceof com.sun.source.tree.IdentifierTree
        || t instanceof com.sun.source.tree.MemberSelectTree) {
      javax.lang.model.element.Element e = TreeUtils.elementFromUse((ExpressionTree) t);
      if (e instanceof VariableElement) {
        return e;
      }
    }
    return t;
  }

  private void checkArguments(
      TreePath callPath,
      ExpressionTree call,
      ExecutableElement method,
      List<? extends ExpressionTree> args,
      Section s,
      ExecutableType instantiated) {
    List<? extends VariableElement> params = method.getParameters();
    int last = params.size() - 1;
    boolean spread = spreadsVarargs(method, args);
    // Code built right inside a lock-free argument (invokeAll(List.of(() -> ..))) is judged by
    // the lock-free rules, once; a leak never gets two keys.
    boolean lockFreeArgument = s.isLockFree() && s.start() == call;
    for (int i = 0; i < args.size(); i++) {
      int p = Math.min(i, last);
      if (analysis.rules().paramMode(method, p) != Sections.ParamMode.NONE) {
        continue; // a lock-free or held parameter: its own rules apply
      }
      TypeMirror declared = params.get(p).asType();
      TypeMirror actual = instantiated.getParameterTypes().get(p);
      if (spread && p == last && declared.getKind() == TypeKind.ARRAY) {
        declared = ((ArrayType) declared).getComponentType();
        actual =
            actual.getKind() == TypeKind.ARRAY ? ((ArrayType) actual).getComponentType() : actual;
      }
      ExpressionTree arg = args.get(i);
      TreePath argPath = new TreePath(callPath, arg);
      String target = describeTarget(call, method, actual);
      Tree literal = GilScanner.strip(arg);
      boolean code =
          literal instanceof LambdaExpressionTree || literal instanceof MemberReferenceTree;
      if (lockFreeArgument
          && (code
              || (literal instanceof NewClassTree
                  && ((NewClassTree) literal).getClassBody() != null))) {
        continue;
      }
      if (declared.getKind() == TypeKind.TYPEVAR) {
        if (LockBound.isToken(TreeUtils.typeOf(arg))) {
          reporter.report(Finding.Kind.ESCAPE_TOKEN, arg, arg.toString(), target, s);
        } else if (!analysis.types().isBound(actual)) {
          checkStore(argPath, actual, target, arg, s);
        } else if (isMethodVariable(declared, method) && analysis.isBoundExpression(argPath)) {
          checkContainers(callPath, method, args, (TypeVariable) declared, arg, s);
        }
      } else if (code && analysis.rules().isFunctional(declared)) {
        if (mentionsTypeVariable(declared)
            && analysis.rules().paramMode(method, p) == Sections.ParamMode.NONE) {
          checkFunctionResult(argPath, literal, target, s);
        }
      } else if (mentionsTypeVariable(declared) && !analysis.rules().isFunctional(declared)) {
        checkStore(argPath, actual, target, arg, s); // addAll(Collection<? extends E>)
      }
    }
  }

  /** Collections.addAll(objects, bound): the container of the same variable is not bound. */
  private void checkContainers(
      TreePath callPath,
      ExecutableElement method,
      List<? extends ExpressionTree> args,
      TypeVariable variable,
      ExpressionTree value,
      Section s) {
    List<? extends VariableElement> params = method.getParameters();
    for (int j = 0; j < params.size() && j < args.size(); j++) {
      TypeMirror declared = params.get(j).asType();
      if (declared.getKind() != TypeKind.DECLARED || !mentions(declared, variable)) {
        continue;
      }
      TypeMirror container = TreeUtils.typeOf(args.get(j));
      if (container != null && !analysis.types().isBound(container)) {
        reporter.report(
            Finding.Kind.ESCAPE_STORE,
            value,
            describeValue(value),
            "the " + container + " " + args.get(j) + " (through " + Names.methodName(method) + ")",
            s);
        return;
      }
    }
  }

  /** A lambda or method reference whose bound result a non-bound slot keeps. */
  private void checkFunctionResult(TreePath argPath, Tree literal, String target, Section s) {
    TypeMirror functionType = TreeUtils.typeOf(literal);
    if (functionType == null || functionType.getKind() != TypeKind.DECLARED) {
      return;
    }
    ExecutableElement function =
        literal instanceof LambdaExpressionTree
            ? TreeUtils.findFunction(literal, analysis.processingEnv())
            : TreeUtils.findFunction(literal, analysis.processingEnv());
    if (function == null) {
      return;
    }
    TypeMirror result;
    try {
      result =
          ((ExecutableType)
                  analysis
                      .processingEnv()
                      .getTypeUtils()
                      .asMemberOf((DeclaredType) functionType, function))
              .getReturnType();
    } catch (IllegalArgumentException e) {
      return;
    }
    if (result.getKind() == TypeKind.VOID || analysis.types().isBound(result)) {
      return;
    }
    if (literal instanceof MemberReferenceTree) {
      ExecutableElement referenced = TreeUtils.elementFromUse((MemberReferenceTree) literal);
      if (referenced != null && analysis.types().isBound(referenced.getReturnType())) {
        reporter.report(
            Finding.Kind.ESCAPE_STORE, literal, "result of " + literal, target, s);
      }
      return;
    }
    LambdaExpressionTree lambda = (LambdaExpressionTree) literal;
    TreePath lambdaPath = new TreePath(argPath, lambda);
    if (lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
      checkStore(new TreePath(lambdaPath, lambda.getBody()), result, target, lambda.getBody(), s);
      return;
    }
    for (TreePath value : Returns.of(new TreePath(lambdaPath, lambda.getBody()))) {
      checkStore(value, result, target, value.getLeaf(), s);
    }
  }

  /** The method type javac instantiated for this call (inferred type arguments included). */
  private ExecutableType instantiated(ExpressionTree call, ExecutableElement method) {
    if (call instanceof MethodInvocationTree) {
      TypeMirror t = TreeUtils.typeOf(((MethodInvocationTree) call).getMethodSelect());
      return t instanceof ExecutableType ? (ExecutableType) t : null;
    }
    if (call instanceof NewClassTree) {
      TypeMirror created = TreeUtils.typeOf(call);
      if (created == null || created.getKind() != TypeKind.DECLARED) {
        return null;
      }
      try {
        Types types = analysis.processingEnv().getTypeUtils();
        return (ExecutableType) types.asMemberOf((DeclaredType) created, method);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  private static String describeTarget(
      ExpressionTree call, ExecutableElement method, TypeMirror slot) {
    String receiver = "";
    if (call instanceof MethodInvocationTree) {
      ExpressionTree r = Sections.receiverOf((MethodInvocationTree) call);
      if (r != null) {
        TypeMirror rt = TreeUtils.typeOf(r);
        receiver = " of the " + rt + " " + r;
      }
    }
    return "a " + slot + " slot" + receiver + " (through " + Names.methodName(method) + ")";
  }

  /** Names a stored value; code values say why they count as lock-bound. */
  static String describeValue(Tree value) {
    if (value instanceof LambdaExpressionTree
        || value instanceof MemberReferenceTree
        || (value instanceof NewClassTree && ((NewClassTree) value).getClassBody() != null)) {
      return "code " + value + ", which captured a lock-bound value,";
    }
    return "value " + value;
  }

  private static boolean anyTypeVariable(List<? extends VariableElement> params) {
    for (VariableElement p : params) {
      if (mentionsTypeVariable(p.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMethodVariable(TypeMirror type, ExecutableElement method) {
    TypeParameterElement param = (TypeParameterElement) ((TypeVariable) type).asElement();
    return param.getGenericElement().equals(method);
  }

  static boolean mentionsTypeVariable(TypeMirror type) {
    return mentions(type, null);
  }

  /** True when {@code type} is or contains {@code variable} (any type variable when null). */
  private static boolean mentions(TypeMirror type, TypeVariable variable) {
    switch (type.getKind()) {
      case TYPEVAR:
        return variable == null
            || ((TypeVariable) type).asElement().equals(variable.asElement());
      case ARRAY:
        return mentions(((ArrayType) type).getComponentType(), variable);
      case WILDCARD:
        WildcardType w = (WildcardType) type;
        return (w.getExtendsBound() != null && mentions(w.getExtendsBound(), variable))
            || (w.getSuperBound() != null && mentions(w.getSuperBound(), variable));
      case DECLARED:
        for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
          if (mentions(arg, variable)) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }
}
