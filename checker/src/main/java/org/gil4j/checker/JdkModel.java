package org.gil4j.checker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The one declarative table of library knowledge: what gil4j's own {@code gil-jdk.astub} and the
 * user's {@code -Astubs} files say about classes the user does not compile. Filled by {@link
 * StubReader}; asked by {@link LockBound} (lock-bound library classes), {@link Sections}
 * (lock-free and inline parameters, parallel-stream switches) and the blocking rule. No class name
 * of the JDK appears in any rule class: they all come from here.
 */
final class JdkModel {
  /** What a stub says about one parameter. */
  enum ParamMark {
    /** Code passed here runs on another thread, without the lock. */
    NO_GIL,
    /** Code passed here runs holding the lock. */
    WITH_GIL,
    /** Code passed here runs on the calling thread before the call returns. */
    INLINE
  }

  /** What a stub says about how a method changes a stream's mode. */
  enum StreamSwitch {
    NONE,
    PARALLEL,
    SEQUENTIAL
  }

  private final Set<TypeElement> boundClasses = new HashSet<>();
  private final Map<ExecutableElement, Map<Integer, Set<ParamMark>>> params = new HashMap<>();
  private final Set<ExecutableElement> blocking = new HashSet<>();
  private final Set<ExecutableElement> lockFreeOverrides = new HashSet<>();
  private final Map<ExecutableElement, StreamSwitch> switches = new HashMap<>();
  private final Set<TypeElement> streamTypes = new HashSet<>();
  private final Set<String> names = new HashSet<>();
  private final Set<TypeElement> taskClasses = new HashSet<>();
  private final List<String> sources = new ArrayList<>();

  void addBoundClass(TypeElement type) {
    boundClasses.add(type);
  }

  void addParamMark(ExecutableElement method, int index, ParamMark mark) {
    if (mark == ParamMark.NO_GIL && index < method.getParameters().size()) {
      javax.lang.model.type.TypeMirror type = method.getParameters().get(index).asType();
      if (type.getKind() == javax.lang.model.type.TypeKind.DECLARED) {
        javax.lang.model.element.Element e = ((javax.lang.model.type.DeclaredType) type).asElement();
        if (e.getKind() == javax.lang.model.element.ElementKind.CLASS) {
          taskClasses.add((TypeElement) e); // TimerTask, ForkJoinTask: classes that carry code
        }
      }
    }
    params
        .computeIfAbsent(method, m -> new HashMap<>())
        .computeIfAbsent(index, i -> new HashSet<>())
        .add(mark);
    names.add(method.getSimpleName().toString());
  }

  void addLockFreeOverride(ExecutableElement method) {
    lockFreeOverrides.add(method);
    names.add(method.getSimpleName().toString());
  }

  /** True when the model says an anonymous class's override of exactly {@code method} is lock-free. */
  boolean isLockFreeOverride(ExecutableElement method) {
    return lockFreeOverrides.contains(method);
  }

  void addBlocking(ExecutableElement method) {
    blocking.add(method);
    names.add(method.getSimpleName().toString());
  }

  /** True when the model says anything about a method of this simple name (a cheap filter). */
  boolean mentionsName(CharSequence name) {
    return names.contains(name.toString());
  }

  void addSwitch(ExecutableElement method, StreamSwitch mode) {
    switches.put(method, mode);
    names.add(method.getSimpleName().toString());
    if (mode == StreamSwitch.SEQUENTIAL) {
      streamTypes.add((TypeElement) method.getEnclosingElement());
    }
  }

  /** The types that declare a sequential switch: the stream types a parallel chain runs on. */
  Set<TypeElement> streamTypes() {
    return streamTypes;
  }

  /**
   * The classes the model hands to another thread at a {@code @NoGil} parameter ({@code
   * TimerTask}, {@code ForkJoinTask}): task types, which carry code without being functional.
   */
  Set<TypeElement> taskClasses() {
    return taskClasses;
  }

  /** True when any method is marked blocking (skips override walks when none is). */
  boolean hasBlocking() {
    return !blocking.isEmpty();
  }

  void addSource(String source) {
    sources.add(source);
  }

  /** True when a stub declares {@code type} {@code @GilBound} (not its supertypes). */
  boolean isDeclaredBound(TypeElement type) {
    return boundClasses.contains(type);
  }

  /** True when a stub marks parameter {@code index} of exactly {@code method} with {@code mark}. */
  boolean hasMark(ExecutableElement method, int index, ParamMark mark) {
    Map<Integer, Set<ParamMark>> marks = params.get(method);
    if (marks == null) {
      return false;
    }
    Set<ParamMark> set = marks.get(index);
    return set != null && set.contains(mark);
  }

  /** True when a stub says anything about a parameter of exactly {@code method}. */
  boolean hasParamMarks(ExecutableElement method) {
    return params.containsKey(method);
  }

  /** True when a stub marks exactly {@code method} as blocking. */
  boolean isDeclaredBlocking(ExecutableElement method) {
    return blocking.contains(method);
  }

  /** How exactly {@code method} switches a stream's mode, per the stubs. */
  StreamSwitch switchOf(ExecutableElement method) {
    return switches.getOrDefault(method, StreamSwitch.NONE);
  }

  /** The stub files read into this model, in order (for debugging). */
  List<String> sources() {
    return sources;
  }
}
