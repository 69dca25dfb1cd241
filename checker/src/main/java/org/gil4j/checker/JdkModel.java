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

  /** Matches the entries of one class against the class path and fills this model. */
  interface Resolver {
    void resolve(List<StubEntry> entries);
  }

  /** Entries not yet matched, by owner class name, with the resolver that matches them. */
  private final Map<String, List<StubEntry>> pending = new HashMap<>();

  private Resolver resolver;
  /** Owners with a stream switch (the stream types) or a @NoGil parameter (task classes). */
  private final Set<String> switchOwners = new HashSet<>();

  private final Set<String> noGilOwners = new HashSet<>();
  private boolean anyBlocking;

  /**
   * Keeps {@code entries} to be matched when a rule first asks about their class. Only what the
   * entries say without the class path (the method names, whether any is blocking) is noted now.
   */
  void defer(List<StubEntry> entries, Resolver resolver) {
    this.resolver = resolver;
    for (StubEntry entry : entries) {
      pending.computeIfAbsent(entry.owner, k -> new ArrayList<>()).add(entry);
      if (entry.isClass) {
        continue;
      }
      names.add(entry.name);
      anyBlocking |= entry.flags.contains("K");
      if (entry.flags.contains("P") || entry.flags.contains("S")) {
        switchOwners.add(entry.owner);
      }
      if (String.join("", entry.paramMarks).contains("N")) {
        noGilOwners.add(entry.owner);
      }
    }
  }

  /** Matches the pending entries of {@code type}'s class, once. */
  private void ensure(javax.lang.model.element.Element type) {
    if (pending.isEmpty() || !(type instanceof TypeElement)) {
      return;
    }
    ensure(((TypeElement) type).getQualifiedName().toString());
  }

  private void ensure(String owner) {
    List<StubEntry> entries = pending.remove(owner);
    if (entries != null) {
      resolver.resolve(entries);
    }
  }

  private void ensureAll(Set<String> owners) {
    if (!pending.isEmpty()) {
      for (String owner : owners) {
        ensure(owner);
      }
    }
  }

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
    ensure(method.getEnclosingElement());
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
    ensureAll(switchOwners);
    return streamTypes;
  }

  /**
   * The classes the model hands to another thread at a {@code @NoGil} parameter ({@code
   * TimerTask}, {@code ForkJoinTask}): task types, which carry code without being functional.
   */
  Set<TypeElement> taskClasses() {
    ensureAll(noGilOwners);
    return taskClasses;
  }

  /** True when any method is marked blocking (skips override walks when none is). */
  boolean hasBlocking() {
    return anyBlocking || !blocking.isEmpty();
  }

  void addSource(String source) {
    sources.add(source);
  }

  /** True when a stub declares {@code type} {@code @GilBound} (not its supertypes). */
  boolean isDeclaredBound(TypeElement type) {
    ensure(type);
    return boundClasses.contains(type);
  }

  /** True when a stub marks parameter {@code index} of exactly {@code method} with {@code mark}. */
  boolean hasMark(ExecutableElement method, int index, ParamMark mark) {
    ensure(method.getEnclosingElement());
    Map<Integer, Set<ParamMark>> marks = params.get(method);
    if (marks == null) {
      return false;
    }
    Set<ParamMark> set = marks.get(index);
    return set != null && set.contains(mark);
  }

  /** True when a stub says anything about a parameter of exactly {@code method}. */
  boolean hasParamMarks(ExecutableElement method) {
    ensure(method.getEnclosingElement());
    return params.containsKey(method);
  }

  /** True when a stub marks exactly {@code method} as blocking. */
  boolean isDeclaredBlocking(ExecutableElement method) {
    ensure(method.getEnclosingElement());
    return blocking.contains(method);
  }

  /** How exactly {@code method} switches a stream's mode, per the stubs. */
  StreamSwitch switchOf(ExecutableElement method) {
    ensure(method.getEnclosingElement());
    return switches.getOrDefault(method, StreamSwitch.NONE);
  }

  /** The stub files read into this model, in order (for debugging). */
  List<String> sources() {
    return sources;
  }
}
