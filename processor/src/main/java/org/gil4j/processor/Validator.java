package org.gil4j.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides whether a type's wrapper can be written, and reports every reason it cannot: each refusal
 * in DESIGN.md ("Processor rules") is an error on the element at fault. All problems of one type
 * are reported together, so the user fixes them in one pass.
 */
final class Validator {
  private final Reporter reporter;
  private final Elements elements;
  private final Types types;
  private final Accessibility accessibility;

  Validator(Reporter reporter, Elements elements, Types types) {
    this.reporter = reporter;
    this.elements = elements;
    this.types = types;
    this.accessibility = new Accessibility(elements, types);
  }

  /**
   * Reports everything that is wrong with {@code type}, then throws {@link SkipElementException} if
   * anything was, so the caller writes no wrapper for it.
   */
  void validate(TypeElement type, List<ExecutableElement> copied) {
    if (!check(type) || !checkSignatures(type, copied)) {
      throw new SkipElementException();
    }
  }

  /**
   * Checks that the wrapper can name every type in the signatures it copies, and that no copied
   * method collides with {@code wrap}. Inherited methods are reported on the type, since their own
   * declaration may be in a jar.
   */
  private boolean checkSignatures(TypeElement type, List<ExecutableElement> copied) {
    PackageElement pkg = elements.getPackageOf(type);
    ClassName wrapper = Members.wrapperName(type);
    boolean ok = true;
    TypeMirror erasure = types.erasure(type.asType());
    for (ExecutableElement e : copied) {
      Element anchor = e.getEnclosingElement().equals(type) ? e : type;
      if (ModelBuilder.kindOf(type) == WrapperModel.Kind.DELEGATE
          && e.getSimpleName().contentEquals("wrap")
          && e.getParameters().size() == 1
          && types.isSameType(types.erasure(e.getParameters().get(0).asType()), erasure)) {
        reporter.error(anchor, GilMessage.WRAP_CLASH, describe(e), wrapper, type.getSimpleName());
        ok = false;
      }
      if (ModelBuilder.kindOf(type) == WrapperModel.Kind.DELEGATE
          && !e.getModifiers().contains(Modifier.STATIC)) {
        Optional<ExecutableElement> twin =
            Members.ambiguousWith(elements, types, (DeclaredType) type.asType(), e);
        if (twin.isPresent()) {
          reporter.error(
              anchor,
              GilMessage.AMBIGUOUS,
              describe(e) + " of " + e.getEnclosingElement(),
              describe(twin.get()) + " of " + twin.get().getEnclosingElement(),
              type.getQualifiedName(),
              wrapper,
              type.getSimpleName());
          ok = false;
        }
      }
      TypeElement subclassOf = ModelBuilder.kindOf(type) == WrapperModel.Kind.SUBCLASS ? type : null;
      Optional<TypeElement> hidden = accessibility.firstInaccessible(e, pkg, subclassOf);
      if (hidden.isPresent()) {
        reporter.error(
            anchor,
            GilMessage.INACCESSIBLE_TYPE,
            describe(e),
            hidden.get().getQualifiedName(),
            wrapper,
            pkg.getQualifiedName());
        ok = false;
      }
    }
    return ok;
  }

  /** Reports what is wrong with {@code type}; returns true when its wrapper can be written. */
  private boolean check(TypeElement type) {
    ClassName wrapper = Members.wrapperName(type);
    List<ExecutableElement> annotated = Members.annotatedDeclared(type);
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      for (ExecutableElement method : annotated) {
        reporter.error(method, GilMessage.LOCAL_CLASS, method.getSimpleName());
      }
      return false;
    }
    boolean ok = true;
    for (ExecutableElement method : annotated) {
      ok &= validateMethod(type, method, wrapper);
    }
    Optional<TypeElement> privateType = privateTypeOf(type);
    if (privateType.isPresent()) {
      reporter.error(type, GilMessage.PRIVATE_TYPE, privateType.get().getQualifiedName(), wrapper);
      return false;
    }
    if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
      reporter.error(
          type, GilMessage.UNSUPPORTED_TYPE, type.getQualifiedName(), "an annotation type");
      return false;
    }
    if (Members.isInterface(type)) {
      if (type.getModifiers().contains(Modifier.SEALED)
          && Members.hasAnnotatedInstanceMethod(type)) {
        reporter.error(
            type,
            GilMessage.FINAL_CLASS,
            type.getQualifiedName(),
            "it is sealed: only the types it permits may implement it",
            wrapper,
            "remove sealed, make the annotated methods static, or declare them in a non-sealed"
                + " interface it extends and wrap that one");
        return false;
      }
      return ok;
    }
    if (Members.hasAnnotatedInstanceMethod(type)) {
      ok &= validateSubclassable(type, wrapper);
    }
    return ok;
  }

  /** Checks that a class wrapped by a subclass can be extended and constructed. */
  private boolean validateSubclassable(TypeElement type, ClassName wrapper) {
    Set<Modifier> modifiers = type.getModifiers();
    Optional<String[]> finality = finality(type);
    if (finality.isPresent()) {
      String[] why = finality.get();
      reporter.error(
          type, GilMessage.FINAL_CLASS, type.getQualifiedName(), why[0], wrapper, why[1]);
      return false;
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !modifiers.contains(Modifier.STATIC)) {
      reporter.error(type, GilMessage.INNER_CLASS, type.getQualifiedName(), wrapper);
      return false;
    }
    if (Members.accessibleConstructors(type).isEmpty()) {
      reporter.error(type, GilMessage.NO_ACCESSIBLE_CONSTRUCTOR, type.getQualifiedName(), wrapper);
      return false;
    }
    return true;
  }

  /**
   * Why {@code type} cannot be subclassed and what to do instead, as {@code {reason, advice}};
   * empty when it can be. The advice fits the kind: an enum or record cannot stop being final, so
   * it is pointed at static methods or an interface instead.
   */
  private static Optional<String[]> finality(TypeElement type) {
    String viaInterface = " implements, and wrap that interface";
    if (type.getKind() == ElementKind.ENUM) {
      return Optional.of(
          new String[] {
            "it is an enum: its constants are its only instances",
            "make the annotated methods static, or declare them in an interface the enum"
                + viaInterface
          });
    }
    if (type.getKind() == ElementKind.RECORD) {
      return Optional.of(
          new String[] {
            "it is a record, and records are final",
            "make the annotated methods static, or declare them in an interface the record"
                + viaInterface
          });
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      return Optional.of(
          new String[] {
            "it is sealed: only the classes it permits may extend it",
            "remove sealed, make the annotated methods static, or declare them in an interface it"
                + viaInterface
          });
    }
    if (type.getModifiers().contains(Modifier.FINAL)) {
      return Optional.of(
          new String[] {"it is final", "remove final, or make the annotated methods static"});
    }
    return Optional.empty();
  }

  /** Checks one annotated method; reports and returns false when it cannot be wrapped. */
  private boolean validateMethod(TypeElement type, ExecutableElement method, ClassName wrapper) {
    Optional<AnnotationMirror> withGil = Members.annotation(method, Members.WITH_GIL);
    Optional<AnnotationMirror> noGil = Members.annotation(method, Members.NO_GIL);
    if (withGil.isPresent() && noGil.isPresent()) {
      reporter.error(method, noGil.get(), GilMessage.BOTH_ANNOTATIONS, describe(method));
      return false;
    }
    AnnotationMirror mirror = withGil.isPresent() ? withGil.get() : noGil.orElseThrow();
    String annotationName = withGil.isPresent() ? "WithGil" : "NoGil";
    Set<Modifier> modifiers = method.getModifiers();
    boolean isStatic = modifiers.contains(Modifier.STATIC);
    if (modifiers.contains(Modifier.PRIVATE)) {
      reporter.error(
          method, mirror, GilMessage.PRIVATE_METHOD, describe(method), wrapper, annotationName);
      return false;
    }
    if (Members.isInterface(type)) {
      if (isStatic && !staticCallable(type)) {
        reporter.error(
            method, mirror, GilMessage.STATIC_INTERFACE_METHOD, describe(method), wrapper);
        return false;
      }
      return true;
    }
    if (!isStatic && modifiers.contains(Modifier.FINAL)) {
      String verb = withGil.isPresent() ? "take" : "release";
      reporter.error(
          method, mirror, GilMessage.FINAL_METHOD, describe(method), wrapper, verb, annotationName);
      return false;
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      reporter.error(
          method,
          mirror,
          GilMessage.ABSTRACT_METHOD,
          describe(method),
          type.getSimpleName(),
          wrapper);
      return false;
    }
    return true;
  }

  /**
   * Whether the interface wrapper of {@code type} can name {@code type} to call its static methods.
   * A static interface method can only be called through the interface's name, and an interface
   * wrapper inherits the interface's constants; the wrapper writes the canonical name when they hide
   * the simple one, which a constant named like the package root hides too (in the default package,
   * the simple name is the only one).
   */
  private boolean staticCallable(TypeElement type) {
    if (!Members.hasAnnotatedInstanceMethod(type)) {
      return true; // A statics wrapper inherits nothing.
    }
    Set<String> inScope = Scopes.namesInScope(types, type, true);
    ClassName name = ClassName.get(type);
    String root = name.packageName().isEmpty() ? null : name.packageName().split("\\.", -1)[0];
    return root != null ? !inScope.contains(root) : !inScope.contains(name.simpleNames().get(0));
  }

  /** The innermost private type among {@code type} and its enclosing types, if any. */
  private static Optional<TypeElement> privateTypeOf(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of((TypeElement) e);
      }
    }
    return Optional.empty();
  }

  /** {@code method name(ParamType, ..)} or {@code constructor Name(..)}, as messages print it. */
  static String describe(ExecutableElement method) {
    return (method.getKind() == ElementKind.CONSTRUCTOR ? "constructor " : "method ") + method;
  }
}
