package org.gil4j.checker;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.checkerframework.com.github.javaparser.ast.CompilationUnit;
import org.checkerframework.com.github.javaparser.ast.Node;
import org.checkerframework.com.github.javaparser.ast.StubUnit;
import org.checkerframework.com.github.javaparser.ast.body.BodyDeclaration;
import org.checkerframework.com.github.javaparser.ast.body.CallableDeclaration;
import org.checkerframework.com.github.javaparser.ast.body.ConstructorDeclaration;
import org.checkerframework.com.github.javaparser.ast.body.Parameter;
import org.checkerframework.com.github.javaparser.ast.body.TypeDeclaration;
import org.checkerframework.com.github.javaparser.ast.expr.AnnotationExpr;
import org.checkerframework.com.github.javaparser.ast.type.Type;
import org.checkerframework.framework.util.StaticJavaParserUtil;

/**
 * Turns {@code .astub} text into {@link StubEntry} values, with the JavaParser fork the framework's
 * jar ships. Kept apart from {@link StubReader} so that a compilation that reads only the shipped
 * model (in its compiled form) never loads a parser class.
 */
final class StubParser {
  private StubParser() {}

  /** The entries of an {@code .astub} file, or null after reporting a syntax error. */
  static List<StubEntry> parse(String name, InputStream in, StubReader.Problems problems) {
    StubUnit unit;
    try {
      unit = StaticJavaParserUtil.parseStubUnit(in);
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      problems.report("gil.stub.syntax", name, 1, message);
      return null;
    }
    List<StubEntry> entries = new ArrayList<>();
    for (CompilationUnit cu : unit.getCompilationUnits()) {
      String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
      for (TypeDeclaration<?> type : cu.getTypes()) {
        collectType(pkg + type.getNameAsString(), type, entries);
      }
    }
    return entries;
  }

  static void collectType(
      String qualifiedName, TypeDeclaration<?> decl, List<StubEntry> entries) {
    String flags = hasAnnotation(decl.getAnnotations(), "GilBound") ? "B" : "";
    entries.add(
        new StubEntry(
            true, line(decl), isGated(decl), qualifiedName, "", List.of(), flags, List.of()));
    for (BodyDeclaration<?> member : decl.getMembers()) {
      if (member instanceof TypeDeclaration) {
        TypeDeclaration<?> nested = (TypeDeclaration<?>) member;
        collectType(qualifiedName + "." + nested.getNameAsString(), nested, entries);
      } else if (member instanceof CallableDeclaration) {
        entries.add(callable(qualifiedName, (CallableDeclaration<?>) member));
      }
    }
  }

  static StubEntry callable(String owner, CallableDeclaration<?> decl) {
    boolean constructor = decl instanceof ConstructorDeclaration;
    List<String> params = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    for (Parameter p : decl.getParameters()) {
      params.add(simpleName(p.getType()) + (p.isVarArgs() ? "[]" : ""));
      String mark = "";
      if (hasAnnotation(p.getAnnotations(), "NoGil")) {
        mark += "N";
      }
      if (hasAnnotation(p.getAnnotations(), "WithGil")) {
        mark += "W";
      }
      if (hasAnnotation(p.getAnnotations(), "RunsInline")) {
        mark += "I";
      }
      marks.add(mark);
    }
    String flags = "";
    if (hasAnnotation(decl.getAnnotations(), "NoGil")) {
      flags += "N";
    }
    if (hasAnnotation(decl.getAnnotations(), "Blocking")) {
      flags += "K";
    }
    if (hasAnnotation(decl.getAnnotations(), "MakesParallel")) {
      flags += "P";
    }
    if (hasAnnotation(decl.getAnnotations(), "MakesSequential")) {
      flags += "S";
    }
    return new StubEntry(
        false,
        line(decl),
        isGated(decl),
        owner,
        constructor ? "<init>" : decl.getNameAsString(),
        params,
        flags,
        marks);
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

  static boolean isGated(Node decl) {
    List<AnnotationExpr> annotations = annotationsOf(decl);
    return hasAnnotation(annotations, "Since");
  }

  static List<AnnotationExpr> annotationsOf(Node decl) {
    if (decl instanceof BodyDeclaration) {
      return ((BodyDeclaration<?>) decl).getAnnotations();
    }
    return List.of();
  }

  static boolean hasAnnotation(List<AnnotationExpr> annotations, String simpleName) {
    for (AnnotationExpr a : annotations) {
      if (a.getName().getIdentifier().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  static int line(Node node) {
    Optional<Integer> line = node.getRange().map(r -> r.begin.line);
    return line.orElse(1);
  }
}
