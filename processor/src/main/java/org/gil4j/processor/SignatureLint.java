package org.gil4j.processor;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * The lint keys a wrapper member must suppress because of the signature it copies: {@code
 * deprecation} and {@code removal} when it names deprecated types or overrides a member deprecated
 * for removal, {@code rawtypes} when it names a raw type, and {@code unchecked} when the member is
 * inherited through a raw supertype (the call on it is unchecked). The original compiles clean by
 * suppressing them itself or by being deprecated; the wrapper repeats the signature, so it
 * suppresses exactly what that signature brings, nothing more.
 */
final class SignatureLint {
  private SignatureLint() {}

  /** The keys for copying {@code method}'s signature as {@code type} and calling it. */
  static Set<String> of(ExecutableElement method, ExecutableType type) {
    Set<String> keys = new TreeSet<>();
    Deprecated own = method.getAnnotation(Deprecated.class);
    if (own != null && own.forRemoval()) {
      keys.add("removal");
    }
    Set<Element> seen = new HashSet<>();
    walk(type.getReturnType(), keys, seen);
    for (TypeMirror t : type.getParameterTypes()) {
      walk(t, keys, seen);
    }
    for (TypeMirror t : type.getThrownTypes()) {
      walk(t, keys, seen);
    }
    for (TypeVariable v : type.getTypeVariables()) {
      walk(v, keys, seen);
    }
    return keys;
  }

  /**
   * Whether {@code self} reaches {@code owner} through a raw supertype ({@code extends
   * Comparable}), which makes the wrapper's calls of {@code owner}'s members unchecked.
   */
  static boolean inheritedRaw(Types types, TypeMirror self, TypeElement owner) {
    for (TypeMirror supertype : types.directSupertypes(self)) {
      if (supertype.getKind() != TypeKind.DECLARED) {
        continue;
      }
      DeclaredType declared = (DeclaredType) supertype;
      TypeElement element = (TypeElement) declared.asElement();
      boolean raw = declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty();
      if (raw && element.equals(owner)) {
        return true;
      }
      if (!raw && inheritedRaw(types, supertype, owner)) {
        return true;
      }
      if (raw && isSubtypeOf(element, owner, types)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubtypeOf(TypeElement element, TypeElement owner, Types types) {
    return types.isSubtype(types.erasure(element.asType()), types.erasure(owner.asType()));
  }

  /** The keys for the wrapper's header: naming {@code type} and its type parameters' bounds. */
  static Set<String> ofType(TypeElement type) {
    Set<String> keys = new TreeSet<>();
    note(type, keys);
    Set<Element> seen = new HashSet<>();
    for (TypeParameterElement p : type.getTypeParameters()) {
      walk(p.asType(), keys, seen);
    }
    return keys;
  }

  private static void note(Element element, Set<String> keys) {
    Deprecated deprecated = element.getAnnotation(Deprecated.class);
    if (deprecated != null) {
      keys.add(deprecated.forRemoval() ? "removal" : "deprecation");
    }
  }

  private static void walk(TypeMirror type, Set<String> keys, Set<Element> seen) {
    switch (type.getKind()) {
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        if (declared.getTypeArguments().isEmpty()
            && !((TypeElement) declared.asElement()).getTypeParameters().isEmpty()) {
          keys.add("rawtypes");
        }
        for (Element e = declared.asElement(); e != null; e = e.getEnclosingElement()) {
          if (e.getKind().isClass() || e.getKind().isInterface()) {
            note(e, keys);
          }
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
          walk(argument, keys, seen);
        }
        break;
      case ARRAY:
        walk(((ArrayType) type).getComponentType(), keys, seen);
        break;
      case TYPEVAR:
        Element variable = ((TypeVariable) type).asElement();
        if (seen.add(variable)) {
          for (TypeMirror bound : ((TypeParameterElement) variable).getBounds()) {
            walk(bound, keys, seen);
          }
        }
        break;
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          walk(wildcard.getExtendsBound(), keys, seen);
        }
        if (wildcard.getSuperBound() != null) {
          walk(wildcard.getSuperBound(), keys, seen);
        }
        break;
      case INTERSECTION:
        for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
          walk(bound, keys, seen);
        }
        break;
      default:
        break;
    }
  }
}
