package org.gil4j.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Which section a method parameter opens for the lambda, method reference or anonymous class passed
 * to it: {@code @NoGil} parameters (declared in source, in class files or in the shipped stub
 * files, also on any method the callee overrides) open a lock-free section, {@code @WithGil}
 * parameters a held one. Also recognises parallel-stream receivers and the JDK 21 thread builders,
 * which stub files cannot name on JDK 17.
 */
final class Sections {
  /** The annotation a parameter carries, as far as sections go. */
  enum ParamMode {
    NONE,
    NO_GIL,
    WITH_GIL
  }

  private final Elements elements;
  private final Types types;
  private final JdkModel model;
  private final Map<ExecutableElement, ParamMode[]> cache = new HashMap<>();

  Sections(Elements elements, Types types, JdkModel model) {
    this.elements = elements;
    this.types = types;
    this.model = model;
  }

  /** The mode of parameter {@code index} of {@code method}; varargs map to the last parameter. */
  ParamMode paramMode(ExecutableElement method, int index) {
    ParamMode[] modes = cache.computeIfAbsent(method, this::computeModes);
    if (modes.length == 0) {
      return ParamMode.NONE;
    }
    return modes[Math.min(index, modes.length - 1)];
  }

  private ParamMode[] computeModes(ExecutableElement method) {
    List<? extends VariableElement> params = method.getParameters();
    ParamMode[] modes = new ParamMode[params.size()];
    for (int i = 0; i < modes.length; i++) {
      modes[i] = modeOf(method, i);
    }
    if (params.isEmpty() || method.getKind() == ElementKind.CONSTRUCTOR) {
      return modes;
    }
    // Parameter annotations are not inherited: ThreadPoolExecutor.execute overrides
    // Executor.execute without repeating the stub's @NoGil (CHECKER-FRAMEWORK-NOTES.md, 3).
    for (ExecutableElement overridden : overriddenMethods(method)) {
      List<? extends VariableElement> superParams = overridden.getParameters();
      for (int i = 0; i < modes.length && i < superParams.size(); i++) {
        if (modes[i] == ParamMode.NONE) {
          modes[i] = modeOf(overridden, i);
        }
      }
    }
    return modes;
  }

  private ParamMode modeOf(ExecutableElement method, int index) {
    VariableElement param = method.getParameters().get(index);
    if (GilScanner.has(param, GilNames.NO_GIL)
        || model.hasMark(method, index, JdkModel.ParamMark.NO_GIL)) {
      return ParamMode.NO_GIL;
    }
    if (GilScanner.has(param, GilNames.WITH_GIL)
        || model.hasMark(method, index, JdkModel.ParamMark.WITH_GIL)) {
      return ParamMode.WITH_GIL;
    }
    return ParamMode.NONE;
  }

  /** Non-functional parameter types the JDK stubs mark {@code @NoGil} (tasks and task lists). */
  private static final Set<String> TASK_TYPES =
      Set.of("java.util.Collection", "java.util.concurrent.ForkJoinTask", "java.util.TimerTask");

  /**
   * True when a parameter of this type can receive code to run: a functional interface, or one of
   * the task types the stubs annotate. Only such parameters need {@link #paramMode}.
   */
  boolean mayReceiveCode(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return elements.isFunctionalInterface(element)
        || TASK_TYPES.contains(element.getQualifiedName().toString());
  }

  /** True when {@code type} is a functional interface. */
  boolean isFunctional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && elements.isFunctionalInterface((TypeElement) ((DeclaredType) type).asElement());
  }

  /** Every method {@code method} overrides, in all supertypes. */
  List<ExecutableElement> overriddenMethods(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    List<ExecutableElement> result = new java.util.ArrayList<>();
    Deque<TypeMirror> todo = new ArrayDeque<>(types.directSupertypes(owner.asType()));
    Set<Element> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      TypeMirror superType = todo.pop();
      if (superType.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement superElement = (TypeElement) ((DeclaredType) superType).asElement();
      if (!seen.add(superElement)) {
        continue;
      }
      for (Element member : superElement.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD
            && member.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, (ExecutableElement) member, owner)) {
          result.add((ExecutableElement) member);
        }
      }
      todo.addAll(types.directSupertypes(superType));
    }
    return result;
  }

  /**
   * True when {@code call} is an operation on a parallel stream, found by walking the receiver
   * chain back to {@code parallel()} or {@code parallelStream()} (a later {@code sequential()}
   * wins). A parallel stream kept in a variable is not recognised.
   */
  boolean isParallelStreamOperation(MethodInvocationTree call) {
    ExpressionTree receiver = receiverOf(call);
    while (receiver instanceof MethodInvocationTree) {
      MethodInvocationTree inner = (MethodInvocationTree) receiver;
      ExecutableElement method = TreeUtils.elementFromUse(inner);
      String name = method.getSimpleName().toString();
      if (name.equals("parallelStream") || name.equals("parallel")) {
        return true;
      }
      if (name.equals("sequential") || !isStream(TreeUtils.typeOf(inner))) {
        return false;
      }
      receiver = receiverOf(inner);
    }
    return false;
  }

  private boolean isStream(TypeMirror type) {
    TypeElement baseStream = elements.getTypeElement(GilNames.BASE_STREAM);
    return baseStream != null
        && type.getKind() == TypeKind.DECLARED
        && types.isSubtype(types.erasure(type), types.erasure(baseStream.asType()));
  }

  /** The explicit receiver of a call, without parentheses, or null. */
  static ExpressionTree receiverOf(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select.getKind() != Tree.Kind.MEMBER_SELECT) {
      return null;
    }
    ExpressionTree receiver = ((MemberSelectTree) select).getExpression();
    while (receiver instanceof ParenthesizedTree) {
      receiver = ((ParenthesizedTree) receiver).getExpression();
    }
    return receiver;
  }
}
