package org.gil4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.gil4j.processor.WrapperModel.Executable;
import org.gil4j.processor.WrapperModel.Kind;
import org.gil4j.processor.WrapperModel.Lock;
import org.gil4j.processor.WrapperModel.Parameter;

/**
 * Turns a validated type into an immutable {@link WrapperModel}: picks the wrapper's shape,
 * resolves every signature as seen from the wrapped type (so inherited interface methods get their
 * type arguments substituted), and keeps the javadoc, annotations and modifiers that carry over.
 */
final class ModelBuilder {
  private final Elements elements;
  private final Types types;

  ModelBuilder(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Which shape of wrapper {@code type} gets. */
  static Kind kindOf(TypeElement type) {
    if (Members.isInterface(type)) {
      return Kind.DELEGATE;
    }
    return Members.hasAnnotatedInstanceMethod(type) ? Kind.SUBCLASS : Kind.STATICS;
  }

  /** The methods and constructors whose signatures the wrapper of {@code type} copies. */
  List<ExecutableElement> copiedExecutables(TypeElement type) {
    List<ExecutableElement> result = new ArrayList<>();
    switch (kindOf(type)) {
      case DELEGATE:
        result.addAll(Members.delegated(elements, type));
        break;
      case SUBCLASS:
        result.addAll(Members.accessibleConstructors(type));
        result.addAll(Members.wrappedByClass(elements, type));
        break;
      case STATICS:
        result.addAll(Members.annotatedDeclared(type));
        break;
    }
    return result;
  }

  /** Builds the model of {@code type}'s wrapper; {@code type} must have passed validation. */
  WrapperModel build(TypeElement type) {
    Kind kind = kindOf(type);
    DeclaredType self = (DeclaredType) type.asType();
    List<TypeVariableName> typeVariables = new ArrayList<>();
    if (kind != Kind.STATICS) {
      for (TypeParameterElement p : type.getTypeParameters()) {
        typeVariables.add(TypeVariableName.get(p));
      }
    }
    List<Executable> constructors = new ArrayList<>();
    List<Executable> methods = new ArrayList<>();
    if (kind == Kind.SUBCLASS) {
      for (ExecutableElement c : Members.accessibleConstructors(type)) {
        constructors.add(executable(self, c, Lock.NONE, false));
      }
    }
    List<ExecutableElement> wrapped =
        kind == Kind.DELEGATE
            ? Members.delegated(elements, type)
            : Members.wrappedByClass(elements, type);
    for (ExecutableElement m : wrapped) {
      methods.add(executable(self, m, lockOf(m), kind == Kind.DELEGATE));
    }
    TypeMirror serializable = elements.getTypeElement("java.io.Serializable").asType();
    return new WrapperModel(
        kind,
        type,
        ClassName.get(type),
        TypeName.get(self),
        Members.wrapperName(type),
        isPublicAllTheWayOut(type),
        kind == Kind.SUBCLASS && type.getModifiers().contains(Modifier.ABSTRACT),
        types.isAssignable(types.erasure(self), serializable),
        type.getAnnotation(Deprecated.class) != null,
        typeVariables,
        constructors,
        methods);
  }

  /** What the wrapper of {@code method} does around the call, from its annotation. */
  private static Lock lockOf(ExecutableElement method) {
    if (Members.annotation(method, Members.WITH_GIL).isPresent()) {
      return Lock.ACQUIRE;
    }
    return Members.annotation(method, Members.NO_GIL).isPresent() ? Lock.RELEASE : Lock.NONE;
  }

  /** Describes one constructor or method as a member of {@code self}. */
  private Executable executable(
      DeclaredType self, ExecutableElement e, Lock lock, boolean interfaceMember) {
    boolean isStatic = e.getModifiers().contains(Modifier.STATIC);
    ExecutableType type =
        isStatic ? (ExecutableType) e.asType() : (ExecutableType) types.asMemberOf(self, e);
    Set<Modifier> access = EnumSet.noneOf(Modifier.class);
    if (interfaceMember || e.getModifiers().contains(Modifier.PUBLIC)) {
      access.add(Modifier.PUBLIC);
    } else if (e.getModifiers().contains(Modifier.PROTECTED)) {
      access.add(Modifier.PROTECTED);
    }
    List<TypeVariableName> typeVariables = new ArrayList<>();
    for (TypeVariable v : type.getTypeVariables()) {
      typeVariables.add(TypeVariableName.get(v));
    }
    List<Parameter> parameters = new ArrayList<>();
    List<? extends VariableElement> declared = e.getParameters();
    List<? extends TypeMirror> parameterTypes = type.getParameterTypes();
    for (int i = 0; i < declared.size(); i++) {
      VariableElement p = declared.get(i);
      parameters.add(
          new Parameter(
              p.getSimpleName().toString(),
              TypeNames.of(parameterTypes.get(i), ElementType.PARAMETER),
              declarationAnnotations(p, ElementType.PARAMETER)));
    }
    List<TypeName> exceptions = new ArrayList<>();
    for (TypeMirror thrown : type.getThrownTypes()) {
      exceptions.add(TypeName.get(thrown));
    }
    String doc = elements.getDocComment(e);
    boolean varargs = e.isVarArgs();
    boolean unchecked =
        varargs
            && !isReifiable(
                ((ArrayType) parameterTypes.get(declared.size() - 1)).getComponentType());
    return new Executable(
        e.getSimpleName().toString(),
        lock,
        isStatic,
        access,
        typeVariables,
        TypeNames.of(type.getReturnType(), ElementType.METHOD),
        parameters,
        varargs,
        exceptions,
        javadoc(doc),
        e.getAnnotation(Deprecated.class) != null,
        (isStatic || e.getKind() == ElementKind.CONSTRUCTOR)
            && e.getAnnotation(SafeVarargs.class) != null,
        unchecked);
  }

  /** The annotations on {@code element} that belong to the declaration, not to its type. */
  private static List<AnnotationSpec> declarationAnnotations(Element element, ElementType kind) {
    List<AnnotationSpec> result = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      List<ElementType> targets = TypeNames.targets(mirror);
      if (targets.isEmpty() || targets.contains(kind)) {
        result.add(AnnotationSpec.get(mirror));
      }
    }
    return result;
  }

  /** Whether {@code type} is reifiable (JLS 4.7), so a varargs array of it is heap-safe. */
  private static boolean isReifiable(TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR:
      case INTERSECTION:
        return false;
      case ARRAY:
        return isReifiable(((ArrayType) type).getComponentType());
      case DECLARED:
        for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
          if (arg.getKind() != TypeKind.WILDCARD
              || ((WildcardType) arg).getExtendsBound() != null
              || ((WildcardType) arg).getSuperBound() != null) {
            return false;
          }
        }
        TypeMirror outer = ((DeclaredType) type).getEnclosingType();
        return outer.getKind() == TypeKind.NONE || isReifiable(outer);
      default:
        return true;
    }
  }

  /**
   * A doc comment as javac returns it, minus the one space javac leaves after each {@code *}, so
   * that JavaPoet's own {@code " * "} prefix does not indent it twice.
   */
  private static String javadoc(String doc) {
    if (doc == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String line : doc.strip().split("\n", -1)) {
      out.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
    }
    return out.toString().strip();
  }

  /** Whether {@code type} and every type enclosing it are public. */
  private static boolean isPublicAllTheWayOut(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
