package org.gil4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
  private final DocComments docs;

  ModelBuilder(Elements elements, Types types, DocComments docs) {
    this.elements = elements;
    this.types = types;
    this.docs = docs;
  }

  /** Which shape of wrapper {@code type} gets. */
  static Kind kindOf(TypeElement type) {
    if (!Members.hasAnnotatedInstanceMethod(type)) {
      return Kind.STATICS;
    }
    return Members.isInterface(type) ? Kind.DELEGATE : Kind.SUBCLASS;
  }

  /** What a delegating wrapper writes: every instance method, and the annotated static ones. */
  private List<ExecutableElement> delegatedAndStatic(TypeElement type) {
    List<ExecutableElement> result = new ArrayList<>(Members.delegated(elements, types, type));
    for (ExecutableElement m : Members.annotatedDeclared(type)) {
      if (m.getModifiers().contains(Modifier.STATIC)) {
        result.add(m);
      }
    }
    result.sort(Members.ORDER);
    return result;
  }

  /** The methods and constructors whose signatures the wrapper of {@code type} copies. */
  List<ExecutableElement> copiedExecutables(TypeElement type) {
    List<ExecutableElement> result = new ArrayList<>();
    switch (kindOf(type)) {
      case DELEGATE:
        result.addAll(delegatedAndStatic(type));
        break;
      case SUBCLASS:
        result.addAll(Members.accessibleConstructors(type));
        result.addAll(Members.wrappedByClass(elements, types, type));
        break;
      case STATICS:
        result.addAll(Members.annotatedDeclared(type));
        break;
    }
    return result;
  }

  /**
   * Builds the model of {@code type}'s wrapper; {@code type} must have passed validation. {@code
   * pendingWrappers} names the wrappers this compilation generates (by simple and qualified name),
   * which {@code type}'s signatures may mention before they exist.
   */
  WrapperModel build(TypeElement type, Map<String, ClassName> pendingWrappers) {
    Kind kind = kindOf(type);
    DeclaredType self = (DeclaredType) type.asType();
    ClassName wrapper = Members.wrapperName(type);
    Set<String> memberTypes =
        kind == Kind.STATICS ? Set.of() : Scopes.memberTypesInScope(types, type);
    TypeNames names = new TypeNames(pendingWrappers, wrapper.packageName(), memberTypes);
    Set<String> reserved = reservedNames(type, wrapper);
    Set<String> classVariables = new TreeSet<>();
    List<TypeVariableName> typeVariables = new ArrayList<>();
    if (kind != Kind.STATICS) {
      NameAllocator allocator = allocator(reserved);
      for (TypeParameterElement p : type.getTypeParameters()) {
        String name = allocator.newName(p.getSimpleName().toString(), p);
        names.rename(p, name);
        classVariables.add(name);
      }
      for (TypeParameterElement p : type.getTypeParameters()) {
        typeVariables.add(names.declare((TypeVariable) p.asType()));
      }
    }
    names.substituteSupertypes(types, self);
    Set<String> instanceReserved = new TreeSet<>(reserved);
    instanceReserved.addAll(classVariables);
    List<Executable> constructors = new ArrayList<>();
    List<Executable> methods = new ArrayList<>();
    if (kind == Kind.SUBCLASS) {
      for (ExecutableElement c : Members.accessibleConstructors(type)) {
        constructors.add(executable(self, c, Lock.NONE, false, names, instanceReserved));
      }
    }
    List<ExecutableElement> wrapped =
        kind == Kind.DELEGATE
            ? delegatedAndStatic(type)
            : Members.wrappedByClass(elements, types, type);
    for (ExecutableElement m : wrapped) {
      Set<String> taken = m.getModifiers().contains(Modifier.STATIC) ? reserved : instanceReserved;
      methods.add(executable(self, m, lockOf(m), kind == Kind.DELEGATE, names, taken));
    }
    TypeMirror serializable = elements.getTypeElement("java.io.Serializable").asType();
    return new WrapperModel(
        kind,
        type,
        ClassName.get(type),
        names.of(self, null),
        wrapper,
        isPublicAllTheWayOut(type),
        kind == Kind.SUBCLASS && type.getModifiers().contains(Modifier.ABSTRACT),
        types.isAssignable(types.erasure(self), serializable),
        type.getAnnotation(Deprecated.class) != null,
        typeVariables,
        constructors,
        methods,
        SignatureLint.ofType(type),
        shadowed(type, kind),
        unnameable(type, memberTypes));
  }

  /**
   * The names a wrapper body must not start an expression with: the fields and member types its
   * supertypes bind there, and a top-level type of its own package named like the package root of
   * a class the body calls ({@code org}), which would make {@code org.gil4j.Gil} a member of it.
   */
  private Set<String> shadowed(TypeElement type, Kind kind) {
    Set<String> shadowed =
        new TreeSet<>(
            kind == Kind.STATICS ? Set.of() : Scopes.namesInScope(types, type, kind == Kind.DELEGATE));
    Set<String> roots = new TreeSet<>(Set.of("org"));
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();
    if (!pkg.isEmpty()) {
      roots.add(pkg.split("\\.", -1)[0]);
    }
    roots.retainAll(packageTypes(type));
    shadowed.addAll(roots);
    return shadowed;
  }

  /** The simple names of the top-level types of {@code type}'s package. */
  private Set<String> packageTypes(TypeElement type) {
    Set<String> result = new TreeSet<>();
    for (Element e : elements.getPackageOf(type).getEnclosedElements()) {
      result.add(e.getSimpleName().toString());
    }
    return result;
  }

  /** See {@link WrapperModel#unnameable}. */
  private Set<String> unnameable(TypeElement type, Set<String> memberTypes) {
    if (!memberTypes.contains("java") && !packageTypes(type).contains("java")) {
      return Set.of();
    }
    Set<String> result = new TreeSet<>(memberTypes);
    result.retainAll(Set.of("Override", "SuppressWarnings", "Deprecated", "SafeVarargs"));
    return result;
  }

  /**
   * Names no type variable of the wrapper may take, because its body or annotations use them as
   * type or expression names: a type variable named {@code Gil} or {@code Override} would change
   * what {@code Gil.acquire()} or {@code @Override} mean. Type variable names are not part of a
   * signature, so renaming them is harmless.
   */
  private static Set<String> reservedNames(TypeElement type, ClassName wrapper) {
    Set<String> reserved = new TreeSet<>(WrapperWriter.USED_NAMES);
    ClassName wrapped = ClassName.get(type);
    reserved.add(wrapped.simpleNames().get(0));
    reserved.add(wrapper.simpleName());
    if (!wrapped.packageName().isEmpty()) {
      reserved.add(wrapped.packageName().split("\\.", -1)[0]);
    }
    return reserved;
  }

  private static NameAllocator allocator(Set<String> reserved) {
    NameAllocator allocator = new NameAllocator();
    for (String name : reserved) {
      allocator.newName(name, "reserved " + name);
    }
    return allocator;
  }

  /** What the wrapper of {@code method} does around the call, from its annotation. */
  private static Lock lockOf(ExecutableElement method) {
    if (Members.annotation(method, Members.WITH_GIL).isPresent()) {
      return Lock.ACQUIRE;
    }
    return Members.annotation(method, Members.NO_GIL).isPresent() ? Lock.RELEASE : Lock.NONE;
  }

  /**
   * Describes one constructor or method as a member of {@code self}: its type as {@link
   * Types#asMemberOf} gives it, with its own type variables renamed away from {@code taken} (the
   * class's variables and the names the body uses).
   */
  private Executable executable(
      DeclaredType self,
      ExecutableElement e,
      Lock lock,
      boolean interfaceMember,
      TypeNames names,
      Set<String> taken) {
    boolean isStatic = e.getModifiers().contains(Modifier.STATIC);
    // A member the wrapped type declares itself needs no substitution, and its declared type keeps
    // every type-use annotation (asMemberOf rebuilds the types and drops those on type variables).
    boolean own = e.getEnclosingElement().equals(self.asElement());
    ExecutableType type =
        isStatic || own ? (ExecutableType) e.asType() : (ExecutableType) types.asMemberOf(self, e);
    Set<Modifier> access = EnumSet.noneOf(Modifier.class);
    if (interfaceMember || e.getModifiers().contains(Modifier.PUBLIC)) {
      access.add(Modifier.PUBLIC);
    } else if (e.getModifiers().contains(Modifier.PROTECTED)) {
      access.add(Modifier.PROTECTED);
    }
    NameAllocator allocator = allocator(taken);
    Map<String, String> renamedVariables = new TreeMap<>();
    for (TypeVariable v : type.getTypeVariables()) {
      String original = v.asElement().getSimpleName().toString();
      String name = allocator.newName(original, v.asElement());
      names.rename(v.asElement(), name);
      if (!name.equals(original)) {
        renamedVariables.put(original, name);
      }
    }
    List<TypeVariableName> typeVariables = new ArrayList<>();
    for (TypeVariable v : type.getTypeVariables()) {
      typeVariables.add(names.declare(v));
    }
    List<Parameter> parameters = new ArrayList<>();
    List<? extends VariableElement> declared = e.getParameters();
    List<? extends TypeMirror> parameterTypes = type.getParameterTypes();
    for (int i = 0; i < declared.size(); i++) {
      VariableElement p = declared.get(i);
      parameters.add(
          new Parameter(
              p.getSimpleName().toString(),
              names.of(parameterTypes.get(i), ElementType.PARAMETER),
              declarationAnnotations(p, ElementType.PARAMETER)));
    }
    List<TypeName> exceptions = new ArrayList<>();
    List<ExecutableType> siblings =
        interfaceMember ? Members.sameSignature(elements, types, self, e) : List.of();
    for (TypeMirror thrown : type.getThrownTypes()) {
      if (thrownByAll(thrown, siblings)) {
        exceptions.add(names.of(thrown, null));
      }
    }
    String doc = docs.of(e);
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
        names.of(type.getReturnType(), ElementType.METHOD),
        parameters,
        varargs,
        exceptions,
        javadoc(doc),
        renamedVariables,
        e.getAnnotation(Deprecated.class) != null,
        (isStatic || e.getKind() == ElementKind.CONSTRUCTOR)
            && e.getAnnotation(SafeVarargs.class) != null,
        unchecked,
        lint(self, e, type, own));
  }

  /**
   * Whether an implementation of every one of {@code siblings} may declare {@code thrown}: it is
   * unchecked, or each sibling declares it or a supertype. One method implementing abstract methods
   * of two superinterfaces may only throw what both allow, as javac computes for a call on them.
   */
  private boolean thrownByAll(TypeMirror thrown, List<ExecutableType> siblings) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    if (types.isSubtype(thrown, runtime) || types.isSubtype(thrown, error)) {
      return true;
    }
    for (ExecutableType sibling : siblings) {
      boolean allowed = false;
      for (TypeMirror declared : sibling.getThrownTypes()) {
        allowed |= types.isSubtype(thrown, declared);
      }
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** The lint keys the copy of {@code e} (seen as {@code type}) suppresses; see SignatureLint. */
  private Set<String> lint(
      DeclaredType self, ExecutableElement e, ExecutableType type, boolean own) {
    Set<String> keys = new TreeSet<>(SignatureLint.of(e, type));
    if (!own
        && e.getKind() != ElementKind.CONSTRUCTOR
        && SignatureLint.inheritedRaw(types, self, (TypeElement) e.getEnclosingElement())) {
      keys.add("unchecked");
    }
    return keys;
  }

  /** The annotations on {@code element} that belong to the declaration, not to its type. */
  private static List<AnnotationSpec> declarationAnnotations(Element element, ElementType kind) {
    List<AnnotationSpec> result = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      List<ElementType> targets = TypeNames.targets(mirror);
      if (targets.isEmpty() || targets.contains(kind)) {
        result.add(AnnotationCopies.copy(mirror));
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
