package org.gil4j.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which members of an annotated type a wrapper covers, shared by the validator and the model
 * builder so both look at exactly the same methods, always in the same sorted order.
 */
final class Members {
  // Names, not class literals: the processor must not need gil4j-annotations on the processor
  // path, only on the compile class path where the user's code finds it.
  static final String WITH_GIL = "org.gil4j.annotations.WithGil";
  static final String NO_GIL = "org.gil4j.annotations.NoGil";
  static final String GIL_GENERATED = "org.gil4j.annotations.GilGenerated";

  /** Orders methods by name, then by the written form of their parameter types. */
  static final Comparator<ExecutableElement> ORDER =
      Comparator.comparing((ExecutableElement m) -> m.getSimpleName().toString())
          .thenComparing(Members::parameterKey);

  private Members() {}

  /** The wrapper's name: {@code Foo_Gil}, or {@code Outer_Inner_Gil} for a nested type. */
  static ClassName wrapperName(TypeElement type) {
    ClassName name = ClassName.get(type);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "_Gil");
  }

  /**
   * Whether {@code existing} is a wrapper gil4j generated for {@code type} (in an earlier build or
   * round): it carries {@code @GilGenerated(wrapping = type.class)}.
   */
  static boolean isWrapperOf(TypeElement existing, TypeElement type) {
    Optional<AnnotationMirror> mark = annotation(existing, GIL_GENERATED);
    if (mark.isEmpty()) {
      return false;
    }
    for (var entry : mark.get().getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("wrapping")) {
        Object value = entry.getValue().getValue();
        return value instanceof DeclaredType && ((DeclaredType) value).asElement().equals(type);
      }
    }
    return false;
  }

  /** The {@code @WithGil} or {@code @NoGil} annotation on {@code element}, if present. */
  static Optional<AnnotationMirror> annotation(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code method} carries {@code @WithGil} or {@code @NoGil}. */
  static boolean isAnnotated(Element method) {
    return annotation(method, WITH_GIL).isPresent() || annotation(method, NO_GIL).isPresent();
  }

  /** The methods {@code type} itself declares with {@code @WithGil} or {@code @NoGil}, sorted. */
  static List<ExecutableElement> annotatedDeclared(TypeElement type) {
    List<ExecutableElement> result = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (isAnnotated(method)) {
        result.add(method);
      }
    }
    result.sort(ORDER);
    return result;
  }

  /**
   * The methods a subclass or statics wrapper writes: those {@code type} declares with {@code
   * WithGil} or {@code NoGil}, plus annotated instance methods it inherits and does not override,
   * when the wrapper can override them (not final, not abstract, accessible from its package).
   * Inherited ones the wrapper cannot override are left to the wrapper of the class declaring them,
   * which refuses them there; so are two inherited methods that become one signature in {@code
   * type} ({@code m(T)} and {@code m(String)} of {@code G<T>}, through {@code G<String>}), since
   * no {@code super} call could choose between them, and those whose signature names a type the
   * wrapper's package cannot see (package-private in the superclass's package). Sorted.
   */
  static List<ExecutableElement> wrappedByClass(
      Elements elements, Types types, TypeElement type) {
    List<ExecutableElement> result = annotatedDeclared(type);
    if (!hasAnnotatedInstanceMethod(type)) {
      return result;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Set<Modifier> modifiers = method.getModifiers();
      if (method.getEnclosingElement().equals(type)
          || !isAnnotated(method)
          || modifiers.contains(Modifier.STATIC)
          || modifiers.contains(Modifier.FINAL)
          || modifiers.contains(Modifier.PRIVATE)
          || modifiers.contains(Modifier.ABSTRACT)) {
        continue;
      }
      boolean visible =
          modifiers.contains(Modifier.PUBLIC)
              || modifiers.contains(Modifier.PROTECTED)
              || elements.getPackageOf(method).equals(elements.getPackageOf(type));
      if (visible
          && ambiguousWith(elements, types, (DeclaredType) type.asType(), method).isEmpty()
          && new Accessibility(elements, types)
              .firstInaccessible(method, elements.getPackageOf(type), type)
              .isEmpty()) {
        result.add(method);
      }
    }
    result.sort(ORDER);
    return result;
  }

  /** Whether any annotated method of {@code type} is an instance method. */
  static boolean hasAnnotatedInstanceMethod(TypeElement type) {
    return annotatedDeclared(type).stream()
        .anyMatch(m -> !m.getModifiers().contains(Modifier.STATIC));
  }

  /**
   * The instance methods an interface wrapper must implement by delegation: every abstract or
   * default method the interface has or inherits, except the public methods of {@code Object}
   * (which {@code Object} already implements) unless they are annotated. Abstract methods inherited
   * from two superinterfaces with override-equivalent signatures are one method of the wrapper: the
   * one whose return type is the most specific. Sorted.
   */
  static List<ExecutableElement> delegated(Elements elements, Types types, TypeElement type) {
    List<ExecutableElement> result = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Element owner = method.getEnclosingElement();
      boolean fromObject =
          owner instanceof TypeElement
              && ((TypeElement) owner).getQualifiedName().contentEquals("java.lang.Object");
      if (fromObject
          || method.getModifiers().contains(Modifier.STATIC)
          || method.getModifiers().contains(Modifier.PRIVATE)
          || (isObjectMethod(method) && !isAnnotated(method))) {
        continue;
      }
      result.add(method);
    }
    result.sort(ORDER);
    DeclaredType self = (DeclaredType) type.asType();
    List<ExecutableElement> merged = new ArrayList<>();
    for (ExecutableElement method : result) {
      ExecutableType seen = (ExecutableType) types.asMemberOf(self, method);
      int same = -1;
      for (int i = 0; i < merged.size() && same < 0; i++) {
        ExecutableElement other = merged.get(i);
        if (other.getSimpleName().equals(method.getSimpleName())
            && types.isSubsignature(seen, (ExecutableType) types.asMemberOf(self, other))) {
          same = i;
        }
      }
      if (same < 0) {
        merged.add(method);
      } else {
        TypeMirror kept =
            ((ExecutableType) types.asMemberOf(self, merged.get(same))).getReturnType();
        if (types.isSubtype(seen.getReturnType(), kept)) {
          merged.set(same, method);
        }
      }
    }
    return merged;
  }

  /**
   * The other instance methods of {@code self} with the signature of {@code method}, as members of
   * {@code self}: abstract methods of two superinterfaces that one wrapper method implements.
   */
  static List<ExecutableType> sameSignature(
      Elements elements, Types types, DeclaredType self, ExecutableElement method) {
    TypeElement type = (TypeElement) self.asElement();
    ExecutableType seen = (ExecutableType) types.asMemberOf(self, method);
    List<ExecutableType> result = new ArrayList<>();
    for (ExecutableElement other : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!other.equals(method)
          && !other.getModifiers().contains(Modifier.STATIC)
          && other.getSimpleName().equals(method.getSimpleName())
          && other.getParameters().size() == method.getParameters().size()) {
        ExecutableType otherType = (ExecutableType) types.asMemberOf(self, other);
        if (types.isSubsignature(seen, otherType) || types.isSubsignature(otherType, seen)) {
          result.add(otherType);
        }
      }
    }
    return result;
  }

  /**
   * Another instance method of {@code self} that has the signature of {@code method} as a member of
   * {@code self} but a different erasure where it is declared ({@code m(T)} of {@code I<T>} and
   * {@code m(String)}, seen through {@code I<String>}). No call from a wrapper can choose between
   * the two: javac calls {@code delegate.m(s)} or {@code super.m(s)} ambiguous.
   */
  static Optional<ExecutableElement> ambiguousWith(
      Elements elements, Types types, DeclaredType self, ExecutableElement method) {
    ExecutableType seen = (ExecutableType) types.asMemberOf(self, method);
    TypeElement type = (TypeElement) self.asElement();
    for (ExecutableElement other : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (other.equals(method)
          || other.getModifiers().contains(Modifier.STATIC)
          || other.getModifiers().contains(Modifier.PRIVATE)
          || !other.getSimpleName().equals(method.getSimpleName())
          || other.getParameters().size() != method.getParameters().size()) {
        continue;
      }
      ExecutableType otherSeen = (ExecutableType) types.asMemberOf(self, other);
      if (types.isSubsignature(seen, otherSeen) && !sameErasure(types, method, other)) {
        return Optional.of(other);
      }
    }
    return Optional.empty();
  }

  /** Whether two methods' declared parameter types have the same erasures. */
  private static boolean sameErasure(Types types, ExecutableElement a, ExecutableElement b) {
    for (int i = 0; i < a.getParameters().size(); i++) {
      TypeMirror x = types.erasure(a.getParameters().get(i).asType());
      TypeMirror y = types.erasure(b.getParameters().get(i).asType());
      if (!types.isSameType(x, y)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code type} inherits a default method together with another method of the same
   * signature that it does not override itself. javac rejects that interface with its own error, so
   * no wrapper is written for it (the wrapper would only add a duplicate-method error).
   */
  static boolean hasDefaultConflict(Elements elements, Types types, TypeElement type) {
    DeclaredType self = (DeclaredType) type.asType();
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.PRIVATE)
          && !method.getEnclosingElement().equals(type)) {
        methods.add(method);
      }
    }
    for (int i = 0; i < methods.size(); i++) {
      for (int j = i + 1; j < methods.size(); j++) {
        ExecutableElement a = methods.get(i);
        ExecutableElement b = methods.get(j);
        if ((a.isDefault() || b.isDefault())
            && a.getSimpleName().equals(b.getSimpleName())
            && types.isSubsignature(
                (ExecutableType) types.asMemberOf(self, a),
                (ExecutableType) types.asMemberOf(self, b))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The constructors a subclass wrapper may call and must mirror: all but private ones. */
  static List<ExecutableElement> accessibleConstructors(TypeElement type) {
    List<ExecutableElement> result = new ArrayList<>();
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!c.getModifiers().contains(Modifier.PRIVATE)) {
        result.add(c);
      }
    }
    result.sort(Comparator.comparing(Members::parameterKey));
    return result;
  }

  /** Whether {@code type} is an interface (annotation types included). */
  static boolean isInterface(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE || type.getKind() == ElementKind.ANNOTATION_TYPE;
  }

  /**
   * Whether {@code method} has the signature of {@code equals}, {@code hashCode} or {@code
   * toString}.
   */
  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    List<? extends VariableElement> params = method.getParameters();
    switch (name) {
      case "equals":
        return params.size() == 1 && params.get(0).asType().toString().equals("java.lang.Object");
      case "hashCode":
      case "toString":
        return params.isEmpty();
      default:
        return false;
    }
  }

  /** The written parameter types, the sort key among overloads. */
  private static String parameterKey(ExecutableElement method) {
    StringBuilder key = new StringBuilder();
    for (VariableElement p : method.getParameters()) {
      key.append(p.asType()).append(',');
    }
    return key.toString();
  }
}
