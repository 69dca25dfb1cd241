package org.gil4j.checker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Decides whether a type is lock-bound: its class or a supertype is declared
 * {@code @GilBound}, it is written {@code @GilBound T}, it is an inner class of a lock-bound class
 * (it holds the outer {@code this}), or a type argument or array component is lock-bound. {@code
 * Unbound<T>}, generated wrappers and functional interfaces' type arguments never make a type
 * lock-bound; {@code GilToken} always is.
 *
 * <p>This replaces the Checker Framework's qualifier inference on purpose: it reads only declared
 * annotations, is memoized per class and costs next to nothing on code that never mentions gil4j.
 */
final class LockBound {
  private final Elements elements;
  private final JdkModel model;
  private final Map<TypeElement, Boolean> classCache = new HashMap<>();

  LockBound(Elements elements, JdkModel model) {
    this.elements = elements;
    this.model = model;
  }

  /** True when a value of {@code type} may only be touched while the lock is held. */
  boolean isBound(TypeMirror type) {
    return type != null && isBound(type, new HashSet<>());
  }

  private boolean isBound(TypeMirror type, Set<TypeMirror> seen) {
    if (!seen.add(type)) {
      return false;
    }
    if (type.getKind().isPrimitive()) {
      return false;
    }
    if (hasAnnotation(type.getAnnotationMirrors(), GilNames.GIL_BOUND)) {
      return true;
    }
    switch (type.getKind()) {
      case DECLARED:
        return isBoundDeclared((DeclaredType) type, seen);
      case ARRAY:
        return isBound(((ArrayType) type).getComponentType(), seen);
      case TYPEVAR:
        return isBound(((TypeVariable) type).getUpperBound(), seen);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() != null && isBound(wildcard.getExtendsBound(), seen))
            || (wildcard.getSuperBound() != null && isBound(wildcard.getSuperBound(), seen));
      case INTERSECTION:
        return anyBound(((IntersectionType) type).getBounds(), seen);
      case UNION:
        return anyBound(((UnionType) type).getAlternatives(), seen);
      default:
        return false;
    }
  }

  private boolean anyBound(List<? extends TypeMirror> types, Set<TypeMirror> seen) {
    for (TypeMirror t : types) {
      if (isBound(t, seen)) {
        return true;
      }
    }
    return false;
  }

  private boolean isBoundDeclared(DeclaredType type, Set<TypeMirror> seen) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (name.equals(GilNames.UNBOUND) || name.equals("java.lang.Class")) {
      return false;
    }
    if (isBoundClass(element)) {
      return true;
    }
    if (isGenerated(element) || elements.isFunctionalInterface(element)) {
      return false;
    }
    return anyBound(type.getTypeArguments(), seen);
  }

  /**
   * True when a value of {@code type} can hold any reference, lock-bound ones included, without
   * its type saying so: {@code Object}, a type variable, a wildcard with no lock-bound bound, and
   * arrays and containers of those ({@code Object[]}, {@code List<Object>}, {@code Map<K, ?>}).
   * A value of such a type is lock-bound when what flowed into it was.
   */
  boolean isErased(TypeMirror type) {
    return type != null && isErased(type, new HashSet<>());
  }

  private boolean isErased(TypeMirror type, Set<TypeMirror> seen) {
    if (!seen.add(type)) {
      return false;
    }
    switch (type.getKind()) {
      case TYPEVAR:
      case WILDCARD:
        return true;
      case ARRAY:
        return isErased(((ArrayType) type).getComponentType(), seen);
      case DECLARED:
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String name = element.getQualifiedName().toString();
        if (name.equals("java.lang.Object")) {
          return true;
        }
        if (name.equals(GilNames.UNBOUND)
            || name.equals("java.lang.Class")
            || isGenerated(element)
            || elements.isFunctionalInterface(element)) {
          return false;
        }
        for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
          if (isErased(arg, seen)) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }

  /** True when instances of {@code element} are lock-bound whatever their type arguments. */
  boolean isBoundClass(TypeElement element) {
    Boolean cached = classCache.get(element);
    if (cached != null) {
      return cached;
    }
    // Guard against cycles through malformed hierarchies.
    classCache.put(element, false);
    boolean bound = computeBoundClass(element);
    classCache.put(element, bound);
    return bound;
  }

  private boolean computeBoundClass(TypeElement element) {
    String name = element.getQualifiedName().toString();
    if (name.equals(GilNames.GIL_TOKEN)) {
      return true;
    }
    if (name.equals(GilNames.UNBOUND) || isGenerated(element)) {
      return false;
    }
    if (hasAnnotation(element.getAnnotationMirrors(), GilNames.GIL_BOUND)
        || model.isDeclaredBound(element)) {
      return true;
    }
    if (holdsOuterThis(element) && isBoundClass(enclosingClass(element))) {
      return true;
    }
    TypeMirror superclass = element.getSuperclass();
    if (superclass.getKind() == TypeKind.DECLARED
        && isBoundClass((TypeElement) ((DeclaredType) superclass).asElement())) {
      return true;
    }
    for (TypeMirror iface : element.getInterfaces()) {
      if (iface.getKind() == TypeKind.DECLARED
          && isBoundClass((TypeElement) ((DeclaredType) iface).asElement())) {
        return true;
      }
    }
    return false;
  }

  /** True for inner (non-static) member, local and anonymous classes, which hold outer this. */
  static boolean holdsOuterThis(TypeElement element) {
    if (element.getNestingKind() == NestingKind.TOP_LEVEL) {
      return false;
    }
    if (element.getKind() != ElementKind.CLASS) {
      return false;
    }
    if (element.getModifiers().contains(Modifier.STATIC)) {
      return false;
    }
    return enclosingClass(element) != null;
  }

  /** The nearest enclosing class of a nested class, or null. */
  static TypeElement enclosingClass(Element element) {
    Element e = element.getEnclosingElement();
    while (e != null && !(e instanceof TypeElement)) {
      e = e.getEnclosingElement();
    }
    return (TypeElement) e;
  }

  /** True for wrappers written by the gil4j processor. */
  static boolean isGenerated(TypeElement element) {
    return hasAnnotation(element.getAnnotationMirrors(), GilNames.GIL_GENERATED);
  }

  /** True when {@code type} is the token class. */
  static boolean isToken(TypeMirror type) {
    return isNamed(type, GilNames.GIL_TOKEN);
  }

  /** True when {@code type} is a declared type whose class has qualified name {@code name}. */
  static boolean isNamed(TypeMirror type, String name) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
  }

  /** True when one of {@code mirrors} is the annotation named {@code name}. */
  static boolean hasAnnotation(List<? extends AnnotationMirror> mirrors, String name) {
    for (AnnotationMirror mirror : mirrors) {
      Element type = mirror.getAnnotationType().asElement();
      if (((TypeElement) type).getQualifiedName().contentEquals(name)) {
        return true;
      }
    }
    return false;
  }
}
