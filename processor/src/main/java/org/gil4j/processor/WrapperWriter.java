package org.gil4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Modifier;
import org.gil4j.processor.WrapperModel.Executable;
import org.gil4j.processor.WrapperModel.Kind;
import org.gil4j.processor.WrapperModel.Lock;
import org.gil4j.processor.WrapperModel.Parameter;

/**
 * Writes a {@link WrapperModel} as Java source, with JavaPoet only. The output depends on the model
 * alone (members arrive sorted), so the same input always gives the same file.
 */
final class WrapperWriter {
  private static final ClassName GIL = ClassName.get("org.gil4j", "Gil");
  private static final ClassName GIL_TOKEN = ClassName.get("org.gil4j", "GilToken");
  private static final ClassName GIL_RELEASE = ClassName.get("org.gil4j", "GilRelease");
  private static final ClassName GIL_GENERATED =
      ClassName.get("org.gil4j.annotations", "GilGenerated");
  private static final String PROCESSOR = "org.gil4j.processor.GilProcessor";

  /**
   * The simple names and package roots a wrapper writes as type or expression names of its own; no
   * type variable of the wrapper may take one of them (see {@link ModelBuilder}).
   */
  static final Set<String> USED_NAMES =
      Set.of(
          "Gil",
          "GilToken",
          "GilRelease",
          "GilGenerated",
          "Generated",
          "Override",
          "SuppressWarnings",
          "Deprecated",
          "SafeVarargs",
          "NullPointerException",
          "Object",
          "org",
          "java",
          "javax");

  private final Filer filer;
  private final ClassName generatedAnnotation;

  /**
   * @param generatedAnnotation {@code javax.annotation.processing.Generated}, or null when the
   *     compilation's platform does not have it
   */
  WrapperWriter(Filer filer, ClassName generatedAnnotation) {
    this.filer = filer;
    this.generatedAnnotation = generatedAnnotation;
  }

  /**
   * Writes the wrapper's source file through the filer.
   *
   * @throws FilerException when the file was already created in this compilation (a name clash)
   */
  void write(WrapperModel model) throws FilerException {
    try {
      toJavaFile(model).writeTo(filer);
    } catch (FilerException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The wrapper as a JavaPoet file, without writing it. */
  JavaFile toJavaFile(WrapperModel model) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.wrapper())
            .addOriginatingElement(model.type())
            .addJavadoc(classJavadoc(model))
            .addAnnotation(
                AnnotationSpec.builder(GIL_GENERATED)
                    .addMember("wrapping", "$T.class", model.wrapped())
                    .build());
    if (generatedAnnotation != null) {
      type.addAnnotation(
          AnnotationSpec.builder(generatedAnnotation).addMember("value", "$S", PROCESSOR).build());
    }
    if (model.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    List<String> typeLint = new ArrayList<>(new TreeSet<>(model.lint()));
    if (model.serializable() && model.kind() != Kind.STATICS) {
      typeLint.add("serial");
    }
    if (!typeLint.isEmpty()) {
      type.addAnnotation(suppress(typeLint.toArray(new String[0])));
    }
    if (model.isPublic()) {
      type.addModifiers(Modifier.PUBLIC);
    }
    type.addModifiers(model.isAbstract() ? Modifier.ABSTRACT : Modifier.FINAL);
    type.addTypeVariables(model.typeVariables());
    switch (model.kind()) {
      case DELEGATE:
        addDelegateShape(type, model);
        break;
      case SUBCLASS:
        type.superclass(model.wrappedType()).avoidClashesWithNestedClasses(model.type());
        for (Executable c : model.constructors()) {
          type.addMethod(constructor(model, c));
        }
        break;
      case STATICS:
        type.addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("Not instantiable: the wrapper only holds static forwarders.\n")
                .addModifiers(Modifier.PRIVATE)
                .build());
        break;
    }
    for (Executable m : model.methods()) {
      type.addMethod(method(model, m));
    }
    // java.lang types are imported explicitly (JavaPoet's default): a class of the user's package
    // named Override or SuppressWarnings would otherwise shadow the implicit java.lang import.
    return JavaFile.builder(model.wrapper().packageName(), type.build()).indent("  ").build();
  }

  /** The wrapper's class javadoc: what it wraps, and how to use it. */
  private static CodeBlock classJavadoc(WrapperModel model) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("Lock wrapper for {@link $T}, generated by gil4j:\n", model.wrapped());
    doc.add("{@code @WithGil} methods take the lock around the call,\n");
    doc.add("{@code @NoGil} methods release it while they run.\n");
    switch (model.kind()) {
      case DELEGATE:
        doc.add("Obtain one with {@link #wrap}.\n");
        break;
      case SUBCLASS:
        doc.add("Construct it in place of {@link $T}.\n", model.wrapped());
        break;
      case STATICS:
        doc.add("Call its static forwarders in place of the originals.\n");
        break;
    }
    if (!model.typeVariables().isEmpty()) {
      doc.add("\n");
      for (TypeVariableName v : model.typeVariables()) {
        doc.add(
            "@param <$L> the type argument passed on to {@link $T}\n", v.name(), model.wrapped());
      }
    }
    return doc.build();
  }

  /** The delegate field, the private constructor and {@code wrap} of an interface wrapper. */
  private static void addDelegateShape(TypeSpec.Builder type, WrapperModel model) {
    TypeName iface = model.wrappedType();
    type.addSuperinterface(iface).avoidClashesWithNestedClasses(model.type());
    type.addField(
        FieldSpec.builder(iface, "delegate", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The wrapped object, which every method calls.\n")
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "Wraps {@code delegate}; see {@link #wrap}.\n\n"
                    + "@param delegate the wrapped object\n")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(iface, "delegate")
            .addStatement("this.delegate = delegate")
            .build());
    // The factory returns the wrapper's own type (still assignable to the interface): the checker
    // trusts calls only through a value whose static type is the @GilGenerated class.
    TypeName self =
        model.typeVariables().isEmpty()
            ? model.wrapper()
            : ParameterizedTypeName.get(
                model.wrapper(), model.typeVariables().toArray(new TypeName[0]));
    CodeBlock.Builder wrapDoc =
        CodeBlock.builder()
            .add(
                "Returns a view of {@code delegate} whose methods take or release the lock as"
                    + " annotated.\n\n")
            .add("@param delegate the object to wrap, not null\n");
    for (TypeVariableName v : model.typeVariables()) {
      wrapDoc.add("@param <$L> the delegate's type argument\n", v.name());
    }
    wrapDoc.add("@return the wrapper, which calls {@code delegate}\n");
    MethodSpec.Builder wrap =
        MethodSpec.methodBuilder("wrap")
            .addJavadoc(wrapDoc.build())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariables(model.typeVariables())
            .returns(self)
            .addParameter(iface, "delegate")
            // No helper call (Objects.requireNonNull): a constant of the interface named Objects
            // would shadow it. `new` names a type, which no field can shadow.
            .beginControlFlow("if (delegate == null)")
            .addStatement("throw new $T($S)", NullPointerException.class, "delegate")
            .endControlFlow()
            .addStatement(
                model.typeVariables().isEmpty()
                    ? "return new $T(delegate)"
                    : "return new $T<>(delegate)",
                model.wrapper());
    type.addMethod(wrap.build());
  }

  /** A mirrored constructor that passes its arguments to {@code super}. */
  private static MethodSpec constructor(WrapperModel model, Executable c) {
    MethodSpec.Builder b = MethodSpec.constructorBuilder();
    NameAllocator names = signature(model, b, c, Set.of(), false);
    b.addStatement("super($L)", arguments(c, names));
    return b.build();
  }

  /** A wrapper method or static forwarder: the original call inside the lock scope. */
  private static MethodSpec method(WrapperModel model, Executable m) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(m.name());
    if (!m.isStatic() && !model.unnameable().contains("Override")) {
      b.addAnnotation(Override.class);
    }
    StaticQualifier wrapped = StaticQualifier.of(model, model.wrapped(), rawAsWildcards(model));
    StaticQualifier gil = StaticQualifier.of(model, GIL, GIL);
    boolean staticThroughNull =
        (m.isStatic() && wrapped.throughNull()) || (m.lock() != Lock.NONE && gil.throughNull());
    NameAllocator names = signature(model, b, m, expressionNames(model), staticThroughNull);
    if (m.isStatic()) {
      b.addModifiers(Modifier.STATIC);
    }
    b.returns(m.returnType());
    CodeBlock.Builder call = CodeBlock.builder();
    if (m.isStatic()) {
      call.add("$L.", wrapped.code());
    } else if (model.kind() == Kind.DELEGATE) {
      call.add("this.delegate.");
    } else {
      call.add("super.");
    }
    if (!m.typeVariables().isEmpty()) {
      call.add("<");
      for (int i = 0; i < m.typeVariables().size(); i++) {
        call.add(i == 0 ? "$L" : ", $L", m.typeVariables().get(i).name());
      }
      call.add(">");
    }
    call.add("$N($L)", m.name(), arguments(m, names));
    String returnPrefix = m.returnType().equals(TypeName.VOID) ? "" : "return ";
    if (m.lock() == Lock.NONE) {
      b.addStatement(returnPrefix + "$L", call.build());
      return b.build();
    }
    boolean acquire = m.lock() == Lock.ACQUIRE;
    String resource = names.newName(acquire ? "gil" : "released", "resource");
    b.beginControlFlow(
        "try ($T $N = $L.$N())",
        acquire ? GIL_TOKEN : GIL_RELEASE,
        resource,
        gil.code(),
        acquire ? "acquire" : "releaseIfHeld");
    b.addStatement(returnPrefix + "$L", call.build());
    b.endControlFlow();
    return b.build();
  }

  /** The wrapped type with a wildcard for each type parameter, to cast {@code null} to. */
  private static TypeName rawAsWildcards(WrapperModel model) {
    int count = model.type().getTypeParameters().size();
    if (count == 0) {
      return model.wrapped();
    }
    TypeName[] wildcards = new TypeName[count];
    Arrays.fill(wildcards, WildcardTypeName.subtypeOf(Object.class));
    return ParameterizedTypeName.get(model.wrapped(), wildcards);
  }

  /**
   * Adds the parts every wrapper method and constructor copies from the original: javadoc,
   * annotations, access, type variables, parameters and thrown types. Returns the name allocator
   * that already holds the parameter names, so generated locals cannot clash with them.
   */
  private static NameAllocator signature(
      WrapperModel model,
      MethodSpec.Builder b,
      Executable e,
      Set<String> reserved,
      boolean staticThroughNull) {
    Set<String> unnameable = model.unnameable();
    if (e.deprecated() && !unnameable.contains("Deprecated")) {
      b.addAnnotation(Deprecated.class);
    }
    if (e.safeVarargs() && !unnameable.contains("SafeVarargs")) {
      b.addAnnotation(SafeVarargs.class);
    }
    List<String> suppressed = new ArrayList<>();
    if (e.lock() != Lock.NONE) {
      // The resource only scopes the lock; javac's "try" lint would flag that it is never read.
      suppressed.add("try");
    }
    if (e.safeVarargs()) {
      // Handing the array on to the @SafeVarargs original is exactly what javac's lint flags.
      suppressed.add("varargs");
    } else if (e.uncheckedVarargs()) {
      // The original declares the same generic varargs parameter; repeating it is no new risk.
      suppressed.add("unchecked");
    }
    if (staticThroughNull) {
      // A static call through a null cast, the one form no inherited field can shadow.
      suppressed.add("static");
    }
    // The copied signature names what the original names; the original was clean about it.
    suppressed.addAll(new TreeSet<>(e.lint()));
    if (!suppressed.isEmpty() && !unnameable.contains("SuppressWarnings")) {
      b.addAnnotation(suppress(suppressed.toArray(new String[0])));
    }
    b.addModifiers(e.access());
    for (TypeVariableName v : e.typeVariables()) {
      b.addTypeVariable(v);
    }
    NameAllocator names = new NameAllocator();
    for (String name : reserved) {
      names.newName(name, "reserved " + name);
    }
    for (Parameter p : e.parameters()) {
      String name = names.newName(p.name(), p);
      b.addParameter(ParameterSpec.builder(p.type(), name).addAnnotations(p.annotations()).build());
    }
    b.varargs(e.varargs());
    b.addExceptions(e.exceptions());
    b.addJavadoc("$L\n", javadoc(e, names));
    return names;
  }

  /**
   * The member's javadoc: the original's, under the wrapper's parameter and type variable names,
   * completed so that doclint finds nothing missing.
   */
  private static String javadoc(Executable e, NameAllocator names) {
    Map<String, String> renamed = new HashMap<>();
    List<String> documented = new ArrayList<>();
    for (Parameter p : e.parameters()) {
      String name = names.get(p);
      renamed.put(p.name(), name);
      documented.add(name);
    }
    for (Map.Entry<String, String> v : e.renamedVariables().entrySet()) {
      renamed.put("<" + v.getKey() + ">", "<" + v.getValue() + ">");
    }
    for (TypeVariableName v : e.typeVariables()) {
      documented.add("<" + v.name() + ">");
    }
    List<String> thrown = new ArrayList<>();
    for (TypeName t : e.exceptions()) {
      thrown.add(t.withoutAnnotations().toString());
    }
    boolean constructor = e.name().equals("<init>");
    String summary;
    if (constructor) {
      summary = "Creates the wrapper, passing the arguments to the wrapped class's constructor.";
    } else if (e.lock() == Lock.ACQUIRE) {
      summary = "Calls the wrapped method holding the lock, which it takes if needed.";
    } else if (e.lock() == Lock.RELEASE) {
      summary = "Calls the wrapped method with the lock released, if the caller held it.";
    } else {
      summary = "Calls the wrapped method.";
    }
    return DocComments.complete(
        e.javadoc(),
        summary,
        renamed,
        documented,
        !constructor && !e.returnType().equals(TypeName.VOID),
        thrown,
        !constructor && !e.isStatic());
  }

  /**
   * The simple names a wrapper body uses as expressions ({@code Gil.acquire()}, {@code Foo.m(..)},
   * or the first segment of a qualified name). A parameter with one of these names would shadow it,
   * so such a parameter is renamed in the wrapper; names are not part of a signature.
   */
  private static Set<String> expressionNames(WrapperModel model) {
    // A set: the wrapped type's package root is often Gil's own ("org"), and NameAllocator refuses
    // to reserve one name twice.
    Set<String> names = new TreeSet<>();
    names.add(GIL.simpleName());
    names.add(GIL.packageName().split("\\.", -1)[0]);
    names.add(model.wrapped().simpleNames().get(0));
    if (!model.wrapped().packageName().isEmpty()) {
      names.add(model.wrapped().packageName().split("\\.", -1)[0]);
    }
    return names;
  }

  /** The call's argument list: the parameter names, as allocated. */
  private static CodeBlock arguments(Executable e, NameAllocator names) {
    List<CodeBlock> args = new ArrayList<>();
    for (Parameter p : e.parameters()) {
      args.add(CodeBlock.of("$N", names.get(p)));
    }
    return CodeBlock.join(args, ", ");
  }

  /** {@code @SuppressWarnings} with the given lint keys. */
  private static AnnotationSpec suppress(String... warnings) {
    AnnotationSpec.Builder b = AnnotationSpec.builder(SuppressWarnings.class);
    if (warnings.length == 1) {
      b.addMember("value", "$S", warnings[0]);
    } else {
      for (String w : warnings) {
        b.addMember("value", "$S", w);
      }
    }
    return b.build();
  }
}
