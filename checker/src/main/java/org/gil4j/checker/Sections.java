package org.gil4j.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
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
import javax.lang.model.element.Modifier;
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

  private final ParallelStreams parallelStreams;

  Sections(Elements elements, Types types, JdkModel model) {
    this.elements = elements;
    this.types = types;
    this.model = model;
    this.parallelStreams = new ParallelStreams(this, types, model);
  }

  /** True when {@code call} is an operation on a stream that runs in parallel. */
  boolean isParallelStreamOperation(com.sun.source.util.TreePath callPath, GilAnalysis analysis) {
    return parallelStreams.isParallelStreamOperation(callPath, analysis);
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
    // Executor.execute without repeating the stub's @NoGil. Source annotations count too, so the
    // walk is over every overridden method when the method's class is compiled from source.
    for (ExecutableElement overridden : overriddenForModes(method)) {
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

  /**
   * True when parameter {@code index} of {@code method} (or of a method it overrides) is marked
   * {@code @RunsInline} in the model: code passed there runs before the call returns.
   */
  boolean runsInline(ExecutableElement method, int index) {
    if (method.getParameters().isEmpty()) {
      return false;
    }
    int i = Math.min(index, method.getParameters().size() - 1);
    if (model.hasMark(method, i, JdkModel.ParamMark.INLINE)) {
      return true;
    }
    if (method.getKind() != ElementKind.METHOD) {
      return false;
    }
    for (ExecutableElement overridden : overriddenCached(method)) {
      if (i < overridden.getParameters().size()
          && model.hasMark(overridden, i, JdkModel.ParamMark.INLINE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The model method (such as {@code Thread.run}) that {@code method}, declared in an anonymous
   * class, overrides and whose body the JDK runs on another thread; null for every other method.
   */
  private ExecutableElement lockFreeOverridden(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (owner.getNestingKind() != javax.lang.model.element.NestingKind.ANONYMOUS
        || method.getKind() != ElementKind.METHOD) {
      return null;
    }
    for (ExecutableElement overridden : overriddenCached(method)) {
      if (model.isLockFreeOverride(overridden)) {
        return overridden;
      }
    }
    return null;
  }

  /** True when the model marks {@code method}, or a method it overrides, as blocking. */
  boolean isBlocking(ExecutableElement method) {
    if (model.isDeclaredBlocking(method)) {
      return true;
    }
    if (method.getKind() != ElementKind.METHOD || !model.hasBlocking()) {
      return false;
    }
    for (ExecutableElement overridden : overriddenCached(method)) {
      if (model.isDeclaredBlocking(overridden)) {
        return true;
      }
    }
    return false;
  }


  private final Map<ExecutableElement, List<ExecutableElement>> overrides = new HashMap<>();

  /** How {@code method} (or a method it overrides) switches a stream's mode, per the model. */
  JdkModel.StreamSwitch switchOf(ExecutableElement method) {
    if (method == null) {
      return JdkModel.StreamSwitch.NONE;
    }
    JdkModel.StreamSwitch own = model.switchOf(method);
    if (own != JdkModel.StreamSwitch.NONE || method.getKind() != ElementKind.METHOD) {
      return own;
    }
    for (ExecutableElement overridden : overriddenCached(method)) {
      JdkModel.StreamSwitch inherited = model.switchOf(overridden);
      if (inherited != JdkModel.StreamSwitch.NONE) {
        return inherited;
      }
    }
    return JdkModel.StreamSwitch.NONE;
  }

  /** Overridden methods whose parameter marks an override inherits (model or source). */
  private List<ExecutableElement> overriddenForModes(ExecutableElement method) {
    if (model.mentionsName(method.getSimpleName())) {
      return overriddenCached(method);
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String name = owner.getQualifiedName().toString();
    if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")) {
      return List.of(); // JDK classes carry no gil4j annotation of their own
    }
    return overrides.computeIfAbsent(method, this::overriddenMethods);
  }

  private List<ExecutableElement> overriddenCached(ExecutableElement method) {
    if (!model.mentionsName(method.getSimpleName())) {
      return List.of(); // the model says nothing about any method of this name
    }
    return overrides.computeIfAbsent(method, this::overriddenMethods);
  }

  /**
   * True when a value of {@code type} can carry code to run: a functional interface, a class or
   * interface that implements one ({@code Thread}, a {@code Runnable} task), a task class of the
   * model ({@code TimerTask}, {@code ForkJoinTask}) or a subclass, or an array or collection of
   * those ({@code Collection<? extends Callable<T>>}, as a type argument).
   */
  boolean carriesCode(TypeMirror type) {
    return carriesCode(type, 0);
  }

  private boolean carriesCode(TypeMirror type, int depth) {
    if (depth > 8) {
      return false;
    }
    switch (type.getKind()) {
      case ARRAY:
        return carriesCode(((javax.lang.model.type.ArrayType) type).getComponentType(), depth + 1);
      case TYPEVAR:
        return carriesCode(((javax.lang.model.type.TypeVariable) type).getUpperBound(), depth + 1);
      case WILDCARD:
        TypeMirror bound = ((javax.lang.model.type.WildcardType) type).getExtendsBound();
        return bound != null && carriesCode(bound, depth + 1);
      case DECLARED:
        break;
      default:
        return false;
    }
    if (isFunctional(type)) {
      return true;
    }
    TypeMirror erased = types.erasure(type);
    for (TypeElement task : model.taskClasses()) {
      if (types.isSubtype(erased, types.erasure(task.asType()))) {
        return true;
      }
    }
    Deque<TypeMirror> todo = new ArrayDeque<>(types.directSupertypes(type));
    Set<Element> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      TypeMirror up = todo.pop();
      if (up.getKind() != TypeKind.DECLARED || !seen.add(((DeclaredType) up).asElement())) {
        continue;
      }
      if (LockBound.hasAnnotation(
          ((DeclaredType) up).asElement().getAnnotationMirrors(), "java.lang.FunctionalInterface")) {
        return true; // Runnable, Callable; not Comparable or Iterable, which String implements
      }
      todo.addAll(types.directSupertypes(up));
    }
    for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
      if (carriesCode(arg, depth + 1)) {
        return true; // a collection of tasks
      }
    }
    return false;
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

  /** The section a method body is in; explicit annotations win over the lexical context. */
  Section bodySection(
      MethodTree node, ExecutableElement method, Section outer, boolean strict, LockBound types) {
    String name = Names.methodName(method);
    if (GilScanner.has(method, GilNames.NO_GIL)) {
      return Section.lockFree(Section.Origin.NOGIL_METHOD, node, name);
    }
    if (GilScanner.has(method, GilNames.WITH_GIL)) {
      return Section.held(Section.Origin.WITHGIL_METHOD, node, name);
    }
    for (VariableElement param : method.getParameters()) {
      if (LockBound.isToken(param.asType())) {
        return Section.held(Section.Origin.TOKEN_PARAMETER, node, name);
      }
    }
    if (outer.isLockFree()) {
      return outer; // a method of an anonymous or local class run by lock-free code
    }
    ExecutableElement task = lockFreeOverridden(method);
    if (task != null) {
      // new Thread() { public void run() { .. } }.start(): the body runs on the new thread
      return Section.lockFree(Section.Origin.TASK_BODY, node, Names.methodName(task));
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (!method.getModifiers().contains(Modifier.STATIC) && types.isBoundClass(owner)) {
      return Section.held(Section.Origin.BOUND_CLASS_METHOD, node, name);
    }
    if (strict && outer.state() == Section.State.UNKNOWN) {
      if (StrictRules.isHeldStatic(method, types.isBoundClass(owner))) {
        return Section.held(Section.Origin.BOUND_CLASS_METHOD, node, name);
      }
      return outer.isStrictNotHeld() && outer.origin() == Section.Origin.STRICT_CALLBACK
          ? outer
          : StrictRules.methodSection(node, name);
    }
    return outer;
  }

  /**
   * The section of a class member: methods decide their own in {@link #bodySection}; instance
   * initializers of a lock-bound class are held (they run in its constructors); in strict code the
   * other initializers are not held.
   */
  Section memberSection(
      Tree member,
      TypeElement owner,
      String name,
      Section inside,
      boolean strict,
      LockBound types) {
    boolean initializer =
        member instanceof com.sun.source.tree.BlockTree || member instanceof com.sun.source.tree.VariableTree;
    if (!initializer || inside.state() != Section.State.UNKNOWN || inside.isStrictNotHeld()) {
      return inside;
    }
    boolean isStatic =
        member instanceof com.sun.source.tree.BlockTree
            ? ((com.sun.source.tree.BlockTree) member).isStatic()
            : ((com.sun.source.tree.VariableTree) member).getModifiers().getFlags().contains(Modifier.STATIC);
    if (!isStatic && types.isBoundClass(owner)) {
      return Section.held(Section.Origin.BOUND_CLASS_METHOD, member, name + " initializer");
    }
    String where =
        member instanceof com.sun.source.tree.VariableTree
            ? name + "." + ((com.sun.source.tree.VariableTree) member).getName()
            : name + (isStatic ? " static" : " instance") + " initializer block";
    return strict ? StrictRules.initializerSection(member, where) : inside;
  }

}
