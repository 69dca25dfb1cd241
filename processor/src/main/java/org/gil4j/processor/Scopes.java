package org.gil4j.processor;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The simple names that a wrapper's bodies see bound by something the user declared. A wrapper
 * extends or implements the user's type, so every field of that type and of its supertypes is in
 * scope in the wrapper's bodies, and a field shadows a class or package of the same name where an
 * expression starts ({@code Gil.acquire()}, {@code org.gil4j.Gil.acquire()}). Member types are
 * included too, since a member type named {@code org} would shadow the package. Private fields are
 * counted as well: counting too many only makes the writer pick a longer, still valid, form.
 */
final class Scopes {
  private Scopes() {}

  /**
   * The field and member type names in scope in the wrapper of {@code type}, plus {@code delegate}
   * for an interface wrapper (its own field).
   */
  static Set<String> namesInScope(Types types, TypeElement type, boolean delegating) {
    Set<String> names = new TreeSet<>();
    collect(types, type.asType(), names, new HashSet<>(), true);
    if (delegating) {
      names.add("delegate");
    }
    return names;
  }

  /**
   * The simple names of the member types the wrapper of {@code type} inherits: in the wrapper's
   * bodies and signatures they hide top-level types of the same name, in its own package too.
   */
  static Set<String> memberTypesInScope(Types types, TypeElement type) {
    Set<String> names = new TreeSet<>();
    collect(types, type.asType(), names, new HashSet<>(), false);
    return names;
  }

  private static void collect(
      Types types, TypeMirror type, Set<String> names, Set<Element> seen, boolean fields) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (!seen.add(element)) {
      return;
    }
    for (Element member : element.getEnclosedElements()) {
      boolean field =
          member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.ENUM_CONSTANT;
      if ((fields && field) || member.getKind().isClass() || member.getKind().isInterface()) {
        names.add(member.getSimpleName().toString());
      }
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      collect(types, supertype, names, seen, fields);
    }
  }
}
