package org.gil4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Turns the compiler's types into JavaPoet names for one wrapper. Signatures are never read from
 * strings: every type variable is looked up by its element and written under the name the wrapper
 * chose for it ({@link #rename}), so a method's own {@code T} and the class's {@code T} stay two
 * variables; a variable of a supertype that reaches a signature unsubstituted is replaced by the
 * type argument the wrapped type gives it ({@link #substitute}); type-use annotations are kept at
 * every depth ({@code List<@Ungil Foo>}, {@code String @Ungil []}, {@code Outer<A>.Inner<B>}),
 * because the checker reads them from the wrapper's signature; and a type javac could not resolve
 * yet that is a wrapper generated in this compilation is named as that wrapper.
 */
final class TypeNames {
  private final Map<Element, String> names = new HashMap<>();

  private final Map<Element, TypeMirror> substitutions = new HashMap<>();
  private final Map<String, ClassName> pendingWrappers;
  private final String packageName;
  private final Set<String> hidingMemberTypes;

  /**
   * @param pendingWrappers wrappers this compilation generates, by simple and by qualified name, to
   *     name the unresolved references to them
   * @param packageName the wrapper's package
   * @param hidingMemberTypes simple names of the member types the wrapper inherits, which hide
   *     top-level types of its package that have the same name
   */
  TypeNames(
      Map<String, ClassName> pendingWrappers, String packageName, Set<String> hidingMemberTypes) {
    this.pendingWrappers = pendingWrappers;
    this.packageName = packageName;
    this.hidingMemberTypes = hidingMemberTypes;
  }

  /** Writes type variable {@code variable} (by its element) as {@code name}. */
  void rename(Element variable, String name) {
    names.put(variable, name);
  }

  /** Writes an unsubstituted use of {@code variable} (of a supertype) as {@code argument}. */
  void substitute(Element variable, TypeMirror argument) {
    if (!names.containsKey(variable)) {
      substitutions.put(variable, argument);
    }
  }

  /**
   * The name of {@code type} with its type-use annotations. At the top level, annotations that may
   * also sit on the declaration ({@code declarationTarget}: a parameter, a method) are left to the
   * declaration, where javac reports them too, so they are not written twice.
   */
  TypeName of(TypeMirror type, ElementType declarationTarget) {
    return convert(type, declarationTarget, 0);
  }

  /** The declaration of type variable {@code variable}: its name and its substituted bounds. */
  TypeVariableName declare(TypeVariable variable) {
    TypeMirror upper = variable.getUpperBound();
    List<TypeName> bounds = new ArrayList<>();
    if (upper.getKind() == TypeKind.INTERSECTION) {
      for (TypeMirror bound : ((IntersectionType) upper).getBounds()) {
        bounds.add(convert(bound, null, 0));
      }
    } else if (!isPlainObject(upper)) {
      bounds.add(convert(upper, null, 0));
    }
    TypeVariableName declared =
        TypeVariableName.get(nameOf(variable), bounds.toArray(new TypeName[0]));
    // Annotations on the declaration itself (<@A T>): on the type parameter element.
    List<AnnotationSpec> annotations = new ArrayList<>();
    for (AnnotationMirror mirror : variable.asElement().getAnnotationMirrors()) {
      annotations.add(AnnotationCopies.copy(mirror));
    }
    return annotations.isEmpty() ? declared : declared.annotated(annotations);
  }

  /** The name the wrapper writes for type variable {@code variable}. */
  String nameOf(TypeVariable variable) {
    Element element = variable.asElement();
    return names.getOrDefault(element, element.getSimpleName().toString());
  }

  /** The annotation's {@code @Target} kinds; empty when it has no {@code @Target}. */
  static List<ElementType> targets(AnnotationMirror mirror) {
    Target target = mirror.getAnnotationType().asElement().getAnnotation(Target.class);
    return target == null ? List.of() : Arrays.asList(target.value());
  }

  private static boolean isPlainObject(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && type.getAnnotationMirrors().isEmpty()
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.Object");
  }

  /** Converts {@code type}; {@code depth} stops a substitution that would loop. */
  private TypeName convert(TypeMirror type, ElementType declarationTarget, int depth) {
    if (depth > 64) {
      throw new IllegalStateException("type too deep to copy: " + type);
    }
    TypeName name;
    switch (type.getKind()) {
      case VOID:
        return TypeName.VOID;
      case ARRAY:
        // In `@A int[] x`, an annotation in the declaration's position belongs to the element type
        // (JLS 9.7.4), so the declaration target travels down to the innermost component, and the
        // array's own annotations (`int @A []`) are all type annotations.
        TypeName component =
            convert(((ArrayType) type).getComponentType(), declarationTarget, depth + 1);
        return annotate(type, ArrayTypeName.of(component), null);
      case DECLARED:
        name = declared((DeclaredType) type, depth);
        break;
      case TYPEVAR:
        Element element = ((TypeVariable) type).asElement();
        TypeMirror argument = substitutions.get(element);
        if (argument != null) {
          return convert(argument, declarationTarget, depth + 1);
        }
        name = TypeVariableName.get(nameOf((TypeVariable) type));
        break;
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          name = WildcardTypeName.subtypeOf(convert(wildcard.getExtendsBound(), null, depth + 1));
        } else if (wildcard.getSuperBound() != null) {
          name = WildcardTypeName.supertypeOf(convert(wildcard.getSuperBound(), null, depth + 1));
        } else {
          name = WildcardTypeName.subtypeOf(Object.class);
        }
        break;
      case ERROR:
        ClassName pending = pendingWrappers.get(type.toString());
        name = pending != null ? pending : TypeName.get(type);
        break;
      default:
        name = TypeName.get(type);
        break;
    }
    return annotate(type, name, declarationTarget);
  }

  /** A class or interface type, with its type arguments and those of the types enclosing it. */
  private TypeName declared(DeclaredType type, int depth) {
    TypeElement element = (TypeElement) type.asElement();
    List<TypeName> arguments = new ArrayList<>();
    for (TypeMirror argument : type.getTypeArguments()) {
      arguments.add(convert(argument, null, depth + 1));
    }
    TypeMirror outer = type.getEnclosingType();
    if (outer.getKind() == TypeKind.DECLARED
        && !((DeclaredType) outer).getTypeArguments().isEmpty()) {
      // An inner class of a generic class: Outer<A>.Inner<B>.
      TypeName outerName = convert(outer, null, depth + 1);
      if (outerName instanceof ParameterizedTypeName) {
        return ((ParameterizedTypeName) outerName)
            .nestedClass(element.getSimpleName().toString(), arguments);
      }
    }
    ClassName raw = className(element);
    return arguments.isEmpty()
        ? raw
        : ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
  }

  /**
   * The name of {@code element}. JavaPoet writes a type of the wrapper's own package by its simple
   * name, which an inherited member type of that name would hide ({@code Item} meaning {@code
   * Base.Item} instead of {@code p.Item}); such a type is written fully qualified instead, as a
   * name JavaPoet does not shorten.
   */
  private ClassName className(TypeElement element) {
    ClassName name = ClassName.get(element);
    List<String> simpleNames = name.simpleNames();
    if (!name.packageName().equals(packageName)
        || packageName.isEmpty()
        || !hidingMemberTypes.contains(simpleNames.get(0))) {
      return name;
    }
    String top = packageName + "." + simpleNames.get(0);
    return ClassName.get(
        "", top, simpleNames.subList(1, simpleNames.size()).toArray(new String[0]));
  }

  /** Puts {@code type}'s own type-use annotations on {@code name}. */
  private static TypeName annotate(TypeMirror type, TypeName name, ElementType declarationTarget) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      List<ElementType> targets = targets(mirror);
      boolean typeUse = targets.contains(ElementType.TYPE_USE);
      if (typeUse && (declarationTarget == null || !targets.contains(declarationTarget))) {
        annotations.add(AnnotationCopies.copy(mirror));
      }
    }
    return annotations.isEmpty() ? name : name.annotated(annotations);
  }

  /** Records, for every supertype of {@code type}, its type parameters' arguments. */
  void substituteSupertypes(javax.lang.model.util.Types types, TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype.getKind() != TypeKind.DECLARED) {
        continue;
      }
      DeclaredType declared = (DeclaredType) supertype;
      List<? extends TypeParameterElement> parameters =
          ((TypeElement) declared.asElement()).getTypeParameters();
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      if (parameters.size() == arguments.size()) {
        for (int i = 0; i < parameters.size(); i++) {
          substitute(parameters.get(i), arguments.get(i));
        }
      }
      substituteSupertypes(types, supertype);
    }
  }
}
