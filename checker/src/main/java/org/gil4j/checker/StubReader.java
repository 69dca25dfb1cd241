package org.gil4j.checker;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;

/**
 * Reads {@code .astub} files (the format of the Checker Framework's stub files, parsed with the
 * JavaParser fork the framework ships) into a {@link JdkModel}. Only gil4j's vocabulary counts:
 *
 * <ul>
 *   <li>{@code @GilBound} on a class or interface: its instances are lock-bound;
 *   <li>{@code @NoGil} / {@code @WithGil} on a parameter: code passed there runs lock-free / held;
 *   <li>{@code @RunsInline} on a parameter: code passed there runs before the call returns;
 *   <li>{@code @Blocking} on a method: it waits for other threads or for I/O;
 *   <li>{@code @NoGil} on a method: an anonymous class's override of it runs on another thread
 *       ({@code Thread.run}, {@code RecursiveTask.compute}), so its body is lock-free;
 *   <li>{@code @MakesParallel} / {@code @MakesSequential} on a method: the stream it returns runs
 *       in parallel / sequentially;
 *   <li>{@code @Since(21)} on a class or member: it exists only from that JDK on; when it is
 *       missing, the entry is skipped instead of reported.
 * </ul>
 *
 * A class, method or constructor that matches nothing on the class path is an error ({@code
 * gil.stub.unknown}) positioned at its line of the stub file, never silently ignored.
 */
final class StubReader {
  /** Receives one problem with a stub file. */
  interface Problems {
    void report(String key, String file, int line, String what);
  }

  private final Elements elements;
  private final JdkModel model;
  private final Problems problems;
  private String file;

  StubReader(Elements elements, JdkModel model, Problems problems) {
    this.elements = elements;
    this.model = model;
    this.problems = problems;
  }

  /** Reads one stub file; problems are reported, never thrown. */
  void read(String name, InputStream in) {
    List<StubEntry> entries = StubParser.parse(name, in, problems);
    if (entries != null) {
      resolve(name, entries);
    }
  }

  /**
   * Reads the shipped model in its compiled form ({@link StubEntry#toLine}, one per line). Unless
   * {@code eager}, its entries are matched against the class path only when a rule first asks
   * about their class, so a compilation that never reaches {@code Scanner} or {@code HttpClient}
   * never loads them.
   */
  void readCompiled(String name, java.io.BufferedReader in, boolean eager)
      throws java.io.IOException {
    List<StubEntry> entries = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.isEmpty()) {
        entries.add(StubEntry.fromLine(line));
      }
    }
    if (eager) {
      resolve(name, entries);
    } else {
      model.addSource(name);
      model.defer(entries, owned -> resolveEntries(name, owned));
    }
  }

  /** Matches entries against the class path and fills the model; misses are reported. */
  private void resolve(String name, List<StubEntry> entries) {
    model.addSource(name);
    resolveEntries(name, entries);
  }

  private void resolveEntries(String name, List<StubEntry> entries) {
    this.file = name;
    Set<String> missingClasses = new HashSet<>();
    for (StubEntry entry : entries) {
      if (missingClasses.contains(entry.owner)) {
        continue; // reported (or gated) with its class
      }
      TypeElement type = elements.getTypeElement(entry.owner);
      if (type == null) {
        missingClasses.add(entry.owner);
        if (!entry.gated && entry.isClass) {
          problems.report("gil.stub.unknown", file, entry.line, "class " + entry.owner);
        }
        continue;
      }
      if (entry.isClass) {
        if (entry.flags.contains("B")) {
          model.addBoundClass(type);
        }
        continue;
      }
      ExecutableElement method = find(type, entry.isConstructor(), entry.name, entry.params);
      if (method == null) {
        if (!entry.gated) {
          String shown =
              (entry.isConstructor() ? "constructor " : "method ")
                  + (entry.isConstructor() ? type.getSimpleName() : entry.name)
                  + "("
                  + String.join(", ", entry.params)
                  + ")";
          problems.report(
              "gil.stub.unknown", file, entry.line, shown + " of " + type.getQualifiedName());
        }
        continue;
      }
      if (entry.flags.contains("K")) {
        model.addBlocking(method);
      }
      if (entry.flags.contains("N")) {
        model.addLockFreeOverride(method);
      }
      if (entry.flags.contains("P")) {
        model.addSwitch(method, JdkModel.StreamSwitch.PARALLEL);
      }
      if (entry.flags.contains("S")) {
        model.addSwitch(method, JdkModel.StreamSwitch.SEQUENTIAL);
      }
      for (int i = 0; i < entry.paramMarks.size(); i++) {
        String mark = entry.paramMarks.get(i);
        if (mark.contains("N")) {
          model.addParamMark(method, i, JdkModel.ParamMark.NO_GIL);
        }
        if (mark.contains("W")) {
          model.addParamMark(method, i, JdkModel.ParamMark.WITH_GIL);
        }
        if (mark.contains("I")) {
          model.addParamMark(method, i, JdkModel.ParamMark.INLINE);
        }
      }
    }
  }

  /** The member of {@code owner} whose name and erased parameter type names match. */
  private static ExecutableElement find(
      TypeElement owner, boolean constructor, String name, List<String> wanted) {
    for (Element e : owner.getEnclosedElements()) {
      boolean kindOk =
          constructor ? e.getKind() == ElementKind.CONSTRUCTOR : e.getKind() == ElementKind.METHOD;
      if (!kindOk || (!constructor && !e.getSimpleName().contentEquals(name))) {
        continue;
      }
      ExecutableElement m = (ExecutableElement) e;
      List<? extends VariableElement> ps = m.getParameters();
      if (ps.size() != wanted.size()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < ps.size() && same; i++) {
        same = simpleName(ps.get(i).asType()).equals(wanted.get(i));
      }
      if (same) {
        return m;
      }
    }
    return null;
  }

  static String simpleName(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY:
        return simpleName(((ArrayType) type).getComponentType()) + "[]";
      case DECLARED:
        return ((DeclaredType) type).asElement().getSimpleName().toString();
      case TYPEVAR:
        return ((TypeVariable) type).asElement().getSimpleName().toString();
      default:
        return type.getKind() == TypeKind.NONE ? "" : type.toString();
    }
  }

}
