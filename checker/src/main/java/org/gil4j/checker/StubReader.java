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
import org.checkerframework.com.github.javaparser.ast.CompilationUnit;
import org.checkerframework.com.github.javaparser.ast.Node;
import org.checkerframework.com.github.javaparser.ast.StubUnit;
import org.checkerframework.com.github.javaparser.ast.body.BodyDeclaration;
import org.checkerframework.com.github.javaparser.ast.body.CallableDeclaration;
import org.checkerframework.com.github.javaparser.ast.body.ConstructorDeclaration;
import org.checkerframework.com.github.javaparser.ast.body.Parameter;
import org.checkerframework.com.github.javaparser.ast.body.TypeDeclaration;
import org.checkerframework.com.github.javaparser.ast.expr.AnnotationExpr;
import org.checkerframework.com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import org.checkerframework.com.github.javaparser.ast.type.Type;
import org.checkerframework.framework.util.StaticJavaParserUtil;

/**
 * Reads {@code .astub} files (the format of the Checker Framework's stub files, parsed with the
 * JavaParser fork the framework ships) into a {@link JdkModel}. Only gil4j's vocabulary counts:
 *
 * <ul>
 *   <li>{@code @GilBound} on a class or interface: its instances are lock-bound;
 *   <li>{@code @NoGil} / {@code @WithGil} on a parameter: code passed there runs lock-free / held;
 *   <li>{@code @RunsInline} on a parameter: code passed there runs before the call returns;
 *   <li>{@code @Blocking} on a method: it waits for other threads or for I/O;
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
    this.file = name;
    model.addSource(name);
    StubUnit unit;
    try {
      unit = StaticJavaParserUtil.parseStubUnit(in);
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      problems.report("gil.stub.syntax", name, 1, message);
      return;
    }
    for (CompilationUnit cu : unit.getCompilationUnits()) {
      String pkg =
          cu.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
      for (TypeDeclaration<?> type : cu.getTypes()) {
        readType(pkg + type.getNameAsString(), type);
      }
    }
  }

  private void readType(String qualifiedName, TypeDeclaration<?> decl) {
    TypeElement type = elements.getTypeElement(qualifiedName);
    if (type == null) {
      if (!isGated(decl)) {
        problems.report("gil.stub.unknown", file, line(decl), "class " + qualifiedName);
      }
      return;
    }
    if (hasAnnotation(decl.getAnnotations(), "GilBound")) {
      model.addBoundClass(type);
    }
    for (BodyDeclaration<?> member : decl.getMembers()) {
      if (member instanceof TypeDeclaration) {
        TypeDeclaration<?> nested = (TypeDeclaration<?>) member;
        readType(qualifiedName + "." + nested.getNameAsString(), nested);
      } else if (member instanceof CallableDeclaration) {
        readCallable(type, (CallableDeclaration<?>) member);
      }
    }
  }

  private void readCallable(TypeElement owner, CallableDeclaration<?> decl) {
    boolean constructor = decl instanceof ConstructorDeclaration;
    String name = decl.getNameAsString();
    List<String> wanted = new ArrayList<>();
    Set<String> typeVariables = new HashSet<>();
    decl.getTypeParameters().forEach(tp -> typeVariables.add(tp.getNameAsString()));
    for (Parameter p : decl.getParameters()) {
      wanted.add(simpleName(p.getType()) + (p.isVarArgs() ? "[]" : ""));
    }
    ExecutableElement method = find(owner, constructor, name, wanted);
    if (method == null) {
      if (!isGated(decl)) {
        String shown = (constructor ? "constructor " : "method ") + name + "(" + String.join(", ", wanted) + ")";
        problems.report(
            "gil.stub.unknown", file, line(decl), shown + " of " + owner.getQualifiedName());
      }
      return;
    }
    if (hasAnnotation(decl.getAnnotations(), "Blocking")) {
      model.addBlocking(method);
    }
    if (hasAnnotation(decl.getAnnotations(), "MakesParallel")) {
      model.addSwitch(method, JdkModel.StreamSwitch.PARALLEL);
    }
    if (hasAnnotation(decl.getAnnotations(), "MakesSequential")) {
      model.addSwitch(method, JdkModel.StreamSwitch.SEQUENTIAL);
    }
    for (int i = 0; i < decl.getParameters().size(); i++) {
      Parameter p = decl.getParameters().get(i);
      if (hasAnnotation(p.getAnnotations(), "NoGil")) {
        model.addParamMark(method, i, JdkModel.ParamMark.NO_GIL);
      }
      if (hasAnnotation(p.getAnnotations(), "WithGil")) {
        model.addParamMark(method, i, JdkModel.ParamMark.WITH_GIL);
      }
      if (hasAnnotation(p.getAnnotations(), "RunsInline")) {
        model.addParamMark(method, i, JdkModel.ParamMark.INLINE);
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

  /** {@code Collection<? extends Callable<T>>} -> {@code Collection}; arrays keep {@code []}. */
  static String simpleName(Type type) {
    String s = type.asString();
    int lt = s.indexOf('<');
    String dims = "";
    while (s.endsWith("[]")) {
      dims += "[]";
      s = s.substring(0, s.length() - 2);
    }
    if (lt >= 0) {
      s = s.substring(0, lt);
    }
    int dot = s.lastIndexOf('.');
    return (dot >= 0 ? s.substring(dot + 1) : s) + dims;
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

  private static boolean isGated(Node decl) {
    List<AnnotationExpr> annotations = annotationsOf(decl);
    return hasAnnotation(annotations, "Since");
  }

  /** The JDK feature version of a {@code @Since(N)} entry, or 0. */
  static int since(Node decl) {
    for (AnnotationExpr a : annotationsOf(decl)) {
      if (a.getName().getIdentifier().equals("Since") && a instanceof SingleMemberAnnotationExpr) {
        try {
          return Integer.parseInt(((SingleMemberAnnotationExpr) a).getMemberValue().toString());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  private static List<AnnotationExpr> annotationsOf(Node decl) {
    if (decl instanceof BodyDeclaration) {
      return ((BodyDeclaration<?>) decl).getAnnotations();
    }
    return List.of();
  }

  private static boolean hasAnnotation(List<AnnotationExpr> annotations, String simpleName) {
    for (AnnotationExpr a : annotations) {
      if (a.getName().getIdentifier().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static int line(Node node) {
    Optional<Integer> line = node.getRange().map(r -> r.begin.line);
    return line.orElse(1);
  }
}
