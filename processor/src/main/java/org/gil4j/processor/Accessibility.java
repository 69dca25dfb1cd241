package org.gil4j.processor;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds types in a signature that the wrapper, a top-level class in the wrapped type's package,
 * could not name: private nested types, package-private types of other packages, and protected
 * member types of another package's class that the wrapper does not extend. Copying such a
 * signature would give a wrapper that does not compile, so the validator refuses it first.
 */
final class Accessibility {
  private final Elements elements;
  private final Types types;

  /** The class the wrapper being checked extends, or null; set per call. */
  private TypeElement subclassOf;

  Accessibility(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The first type in {@code method}'s signature that code in {@code from} cannot name. {@code
   * subclassOf} is the class the wrapper extends (its protected member types, and those of its
   * superclasses, are visible in the wrapper's body), or null when the wrapper extends none of the
   * user's classes (a statics or interface wrapper).
   */
  Optional<TypeElement> firstInaccessible(
      ExecutableElement method, PackageElement from, TypeElement subclassOf) {
    this.subclassOf = subclassOf;
    Set<TypeVariable> seen = new HashSet<>();
    Optional<TypeElement> found = inType(method.getReturnType(), from, seen);
    for (VariableElement p : method.getParameters()) {
      found = found.or(() -> inType(p.asType(), from, seen));
    }
    for (TypeMirror t : method.getThrownTypes()) {
      found = found.or(() -> inType(t, from, seen));
    }
    for (TypeParameterElement p : method.getTypeParameters()) {
      found = found.or(() -> inType(p.asType(), from, seen));
    }
    return found;
  }

  /** Walks one type; {@code seen} stops recursion through recursive bounds. */
  private Optional<TypeElement> inType(
      TypeMirror type, PackageElement from, Set<TypeVariable> seen) {
    switch (type.getKind()) {
      case DECLARED:
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (!accessible(element, from)) {
          return Optional.of(element);
        }
        for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
          Optional<TypeElement> found = inType(arg, from, seen);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      case ARRAY:
        return inType(((ArrayType) type).getComponentType(), from, seen);
      case TYPEVAR:
        TypeVariable var = (TypeVariable) type;
        return seen.add(var) ? inType(var.getUpperBound(), from, seen) : Optional.empty();
      case WILDCARD:
        WildcardType w = (WildcardType) type;
        TypeMirror bound = w.getExtendsBound() != null ? w.getExtendsBound() : w.getSuperBound();
        return bound == null ? Optional.empty() : inType(bound, from, seen);
      case INTERSECTION:
        for (TypeMirror b : ((IntersectionType) type).getBounds()) {
          Optional<TypeElement> found = inType(b, from, seen);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /**
   * Whether code in package {@code from} can name {@code type}: a protected member type of another
   * package only inside a subclass of the class declaring it.
   */
  private boolean accessible(TypeElement type, PackageElement from) {
    boolean samePackage = elements.getPackageOf(type).equals(from);
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return false;
      }
      if (samePackage || modifiers.contains(Modifier.PUBLIC)) {
        continue;
      }
      if (!modifiers.contains(Modifier.PROTECTED) || !inSubclassOf(e.getEnclosingElement())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the wrapper's body is inside a subclass of {@code owner}. */
  private boolean inSubclassOf(Element owner) {
    return subclassOf != null
        && owner instanceof TypeElement
        && types.isSubtype(
            types.erasure(subclassOf.asType()), types.erasure(owner.asType()));
  }
}
