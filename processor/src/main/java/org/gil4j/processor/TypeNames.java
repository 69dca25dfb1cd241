package org.gil4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * JavaPoet names for types in copied signatures, with their type-use annotations ({@code
 * List<@Ungil Foo>}, {@code String @Ungil []}). {@link TypeName#get(TypeMirror)} drops them, and
 * the checker reads them from the wrapper's signature, so they are put back here.
 */
final class TypeNames {
  private TypeNames() {}

  /**
   * The name of {@code type} with its type-use annotations. At the top level, annotations that may
   * also sit on the declaration ({@code declarationTarget}: a parameter, a method) are left to the
   * declaration, where javac reports them too, so they are not written twice.
   */
  static TypeName of(TypeMirror type, ElementType declarationTarget) {
    return annotate(type, TypeName.get(type), declarationTarget);
  }

  /** The annotation's {@code @Target} kinds; empty when it has no {@code @Target}. */
  static List<ElementType> targets(AnnotationMirror mirror) {
    Target target = mirror.getAnnotationType().asElement().getAnnotation(Target.class);
    return target == null ? List.of() : Arrays.asList(target.value());
  }

  /**
   * Puts the annotations of {@code type}, and of its type arguments, array components and wildcard
   * bounds, on {@code name}, which is {@code type} without annotations. A null {@code
   * declarationTarget} means a nested position, where every annotation is a type annotation.
   */
  private static TypeName annotate(TypeMirror type, TypeName name, ElementType declarationTarget) {
    if (type.getKind() == TypeKind.VOID || name.isAnnotated()) {
      return name;
    }
    TypeName result = name;
    if (type.getKind() == TypeKind.DECLARED && name instanceof ParameterizedTypeName) {
      result = annotateArguments((DeclaredType) type, (ParameterizedTypeName) name);
    } else if (type.getKind() == TypeKind.ARRAY && name instanceof ArrayTypeName) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      TypeName componentName = ((ArrayTypeName) name).componentType();
      TypeName annotated = annotate(component, componentName, null);
      if (annotated != componentName) {
        result = ArrayTypeName.of(annotated);
      }
    } else if (type.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      if (wildcard.getExtendsBound() != null) {
        TypeName bound = TypeName.get(wildcard.getExtendsBound());
        TypeName annotated = annotate(wildcard.getExtendsBound(), bound, null);
        result = annotated == bound ? name : WildcardTypeName.subtypeOf(annotated);
      } else if (wildcard.getSuperBound() != null) {
        TypeName bound = TypeName.get(wildcard.getSuperBound());
        TypeName annotated = annotate(wildcard.getSuperBound(), bound, null);
        result = annotated == bound ? name : WildcardTypeName.supertypeOf(annotated);
      }
    }
    List<AnnotationSpec> annotations = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      List<ElementType> targets = targets(mirror);
      boolean typeUse = targets.contains(ElementType.TYPE_USE);
      if (typeUse && (declarationTarget == null || !targets.contains(declarationTarget))) {
        annotations.add(AnnotationSpec.get(mirror));
      }
    }
    return annotations.isEmpty() ? result : result.annotated(annotations);
  }

  /** Annotates the type arguments of a parameterized type; the same name if none has any. */
  private static TypeName annotateArguments(DeclaredType type, ParameterizedTypeName name) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (name.enclosingType() != null || arguments.size() != name.typeArguments().size()) {
      return name; // Outer<A>.Inner<B>: rare enough to keep JavaPoet's unannotated form.
    }
    List<TypeName> annotated = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < arguments.size(); i++) {
      TypeName argument = name.typeArguments().get(i);
      TypeName withAnnotations = annotate(arguments.get(i), argument, null);
      changed |= withAnnotations != argument;
      annotated.add(withAnnotations);
    }
    return changed
        ? ParameterizedTypeName.get(name.rawType(), annotated.toArray(new TypeName[0]))
        : name;
  }
}
