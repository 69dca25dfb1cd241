package org.gil4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Immutable description of one wrapper to write, built by {@link ModelBuilder} from a validated
 * type and turned into source by {@link WrapperWriter}. Everything the writer needs is resolved
 * here (JavaPoet type names, sorted members), so the writer makes no decisions of its own.
 *
 * @param kind which of the three wrapper shapes to write
 * @param type the annotated type, kept only as the originating element of the generated file
 * @param wrapped the wrapped type's raw name, for {@code @GilGenerated(wrapping = ..)}
 * @param wrappedType the wrapped type with its own type variables applied
 * @param wrapper the wrapper's name: {@code Foo_Gil}, or {@code Outer_Inner_Gil} when nested
 * @param isPublic whether the wrapper is public (the wrapped type and its outer types are)
 * @param isAbstract whether the subclass wrapper must stay abstract (the wrapped class is)
 * @param serializable whether the wrapped type is {@link java.io.Serializable}
 * @param deprecated whether the wrapped type is {@code @Deprecated}
 * @param typeVariables the wrapped type's type parameters, bounds included
 * @param constructors the accessible constructors to mirror (subclass wrappers only)
 * @param methods the methods to write, sorted by name and then by parameter types
 * @param lint lint keys the wrapper class suppresses (deprecated names in its header)
 * @param shadowed the simple names that fields (and member types) of the wrapper's supertypes bind
 *     in its bodies, so a body must not start an expression with one of them
 * @param unnameable the {@code java.lang} annotations ({@code Override}, {@code SuppressWarnings},
 *     {@code Deprecated}, {@code SafeVarargs}) that no member of the wrapper can be annotated with:
 *     an inherited member type hides the simple name and a type named {@code java} the qualified
 *     one. They are optional, so the writer leaves them out.
 */
record WrapperModel(
    Kind kind,
    TypeElement type,
    ClassName wrapped,
    TypeName wrappedType,
    ClassName wrapper,
    boolean isPublic,
    boolean isAbstract,
    boolean serializable,
    boolean deprecated,
    List<TypeVariableName> typeVariables,
    List<Executable> constructors,
    List<Executable> methods,
    Set<String> lint,
    Set<String> shadowed,
    Set<String> unnameable) {

  WrapperModel {
    shadowed = Set.copyOf(shadowed);
    unnameable = Set.copyOf(unnameable);
    lint = Set.copyOf(lint);
    typeVariables = List.copyOf(typeVariables);
    constructors = List.copyOf(constructors);
    methods = List.copyOf(methods);
  }

  /** The three shapes of wrapper (COMMON.md, "Wrapper naming"). */
  enum Kind {
    /** An interface: a final class implementing it that delegates, with {@code wrap(delegate)}. */
    DELEGATE,
    /** A class with wrapped instance methods: a subclass mirroring its constructors. */
    SUBCLASS,
    /** A class whose wrapped methods are all static: a final holder of static forwarders. */
    STATICS
  }

  /** What a wrapper method does around its call. */
  enum Lock {
    /** {@code @WithGil}: {@code try (GilToken gil = Gil.acquire())}. */
    ACQUIRE,
    /** {@code @NoGil}: {@code try (GilRelease released = Gil.releaseIfHeld())}. */
    RELEASE,
    /** Neither: a plain delegation, needed to implement the rest of an interface. */
    NONE
  }

  /**
   * A method or constructor of the wrapper, with the signature it must declare.
   *
   * @param name the method name ({@code <init>} for constructors)
   * @param lock what the wrapper does around the call
   * @param isStatic whether this is a static forwarder
   * @param access the access modifiers to keep (public, protected, or none)
   * @param typeVariables the method's own type parameters
   * @param returnType the return type, type annotations included
   * @param parameters the parameters, names as the user wrote them
   * @param varargs whether the last parameter is variable-arity
   * @param exceptions the declared thrown types
   * @param javadoc the original doc comment, or empty
   * @param renamedVariables the method's type variables the wrapper renamed, old name to new
   * @param deprecated whether the original is {@code @Deprecated}
   * @param safeVarargs whether to repeat {@code @SafeVarargs} (static forwarders, constructors)
   * @param uncheckedVarargs whether the variable-arity type is not reifiable
   * @param lint further lint keys to suppress (deprecated names in the copied signature)
   */
  record Executable(
      String name,
      Lock lock,
      boolean isStatic,
      Set<Modifier> access,
      List<TypeVariableName> typeVariables,
      TypeName returnType,
      List<Parameter> parameters,
      boolean varargs,
      List<TypeName> exceptions,
      String javadoc,
      Map<String, String> renamedVariables,
      boolean deprecated,
      boolean safeVarargs,
      boolean uncheckedVarargs,
      Set<String> lint) {

    Executable {
      lint = Set.copyOf(lint);
      access = Set.copyOf(access);
      typeVariables = List.copyOf(typeVariables);
      parameters = List.copyOf(parameters);
      exceptions = List.copyOf(exceptions);
      renamedVariables = Map.copyOf(renamedVariables);
    }
  }

  /**
   * One parameter: its name, its type (with top-level type annotations) and its declaration
   * annotations.
   */
  record Parameter(String name, TypeName type, List<AnnotationSpec> annotations) {
    Parameter {
      annotations = List.copyOf(annotations);
    }
  }
}
