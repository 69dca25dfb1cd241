package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of DESIGN.md ("Processor rules"): the build fails with exactly one error, whose
 * full text, file and line are pinned here (a broken wrapper would add compile errors).
 */
class GilProcessorNegativeTest {

  /** Compiles {@code bad/<name>.java} and checks the single error it must produce. */
  private static void assertRefused(String name, String message, String line) {
    JavaFileObject input = Fixtures.bad(name);
    Compilation compilation = Fixtures.compiler().compile(input);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(input).onLineContaining(line);
  }

  @Test
  void privateMethod_isRefused() {
    assertRefused(
        "PrivateMethod",
        "[gil.wrapper.method.private] method touch() is private, so its generated wrapper"
            + " example.PrivateMethod_Gil could not call it; make it package-private, protected or"
            + " public, or remove @WithGil",
        "@WithGil");
  }

  @Test
  void finalMethod_isRefused() {
    assertRefused(
        "FinalMethod",
        "[gil.wrapper.method.final] method compute() is final, so the generated subclass"
            + " example.FinalMethod_Gil could not override it to release the lock; remove final,"
            + " or remove @NoGil",
        "@NoGil");
  }

  @Test
  void staticInterfaceMethod_hiddenByConstants_isRefused() {
    assertRefused(
        "StaticInterfaceMethod",
        "[gil.wrapper.method.static] method reset() is a static interface method, which only the"
            + " interface's name can call, and the interface's own constants hide that name (and"
            + " its package) in the wrapper example.StaticInterfaceMethod_Gil; rename the constant"
            + " named like the interface or like its package",
        "static void reset");
  }

  @Test
  void finalClass_isRefused() {
    assertRefused(
        "FinalClass",
        "[gil.wrapper.final] example.FinalClass cannot be subclassed (it is final), so"
            + " example.FinalClass_Gil could not wrap its instance methods; remove final, or make"
            + " the annotated methods static",
        "final class FinalClass");
  }

  @Test
  void enumWithInstanceMethod_isRefusedAsFinal() {
    assertRefused(
        "EnumInstance",
        "[gil.wrapper.final] example.EnumInstance cannot be subclassed (it is an enum: its"
            + " constants are its only instances), so example.EnumInstance_Gil could not wrap its"
            + " instance methods; make the annotated methods static, or declare them in an"
            + " interface the enum implements, and wrap that interface",
        "enum EnumInstance");
  }

  @Test
  void localClass_isRefused() {
    assertRefused(
        "LocalClass",
        "[gil.wrapper.local] method run is declared in a local or anonymous class, which no"
            + " generated wrapper can name; move the method to a top-level or static nested class",
        "public void run()");
  }

  @Test
  void anonymousClass_isRefused() {
    assertRefused(
        "AnonymousClass",
        "[gil.wrapper.local] method run is declared in a local or anonymous class, which no"
            + " generated wrapper can name; move the method to a top-level or static nested class",
        "public void run()");
  }

  @Test
  void memberOfLocalClass_isRefused() {
    assertRefused(
        "LocalMember",
        "[gil.wrapper.local] method compute is declared in a local or anonymous class, which no"
            + " generated wrapper can name; move the method to a top-level or static nested class",
        "void compute()");
  }

  @Test
  void bothAnnotations_areRefused() {
    assertRefused(
        "BothAnnotations",
        "[gil.wrapper.both] method confused() is annotated both @NoGil and @WithGil, but a"
            + " method either runs without the lock or holding it; keep only one of the two",
        "@NoGil");
  }

  @Test
  void classWithoutAccessibleConstructor_isRefused() {
    assertRefused(
        "NoAccessibleConstructor",
        "[gil.wrapper.constructor] example.NoAccessibleConstructor has no constructor that the"
            + " generated subclass example.NoAccessibleConstructor_Gil could call (all are"
            + " private); add a package-private, protected or public constructor",
        "class NoAccessibleConstructor");
  }

  @Test
  void innerClass_isRefused() {
    assertRefused(
        "InnerClass",
        "[gil.wrapper.inner] example.InnerClass.Member is an inner (non-static) class, so"
            + " example.InnerClass_Member_Gil could not be constructed without an enclosing"
            + " instance; make it a static nested class",
        "class Member");
  }

  @Test
  void abstractMethodInClass_isRefused() {
    assertRefused(
        "AbstractMethod",
        "[gil.wrapper.method.abstract] method touch() is abstract in class AbstractMethod, so the"
            + " generated subclass example.AbstractMethod_Gil would have no body to call; give it a"
            + " body, or annotate the method that implements it",
        "@WithGil");
  }

  @Test
  void privateNestedType_isRefused() {
    assertRefused(
        "PrivateType",
        "[gil.wrapper.private] example.PrivateType.Hidden is private, so its wrapper"
            + " example.PrivateType_Hidden_Gil could not refer to it; make it package-private or"
            + " wider",
        "private static class Hidden");
  }

  @Test
  void privateTypeInSignature_isRefused() {
    assertRefused(
        "InaccessibleType",
        "[gil.wrapper.inaccessible] method use(example.InaccessibleType.Secret) has"
            + " example.InaccessibleType.Secret in its signature, which the generated wrapper"
            + " example.InaccessibleType_Gil cannot name (it is private, package-private in another"
            + " package, or protected in a class the wrapper does not extend); make that type"
            + " visible to package example",
        "protected void use(Secret secret)");
  }

  @Test
  void interfaceMethodClashingWithWrap_isRefused() {
    assertRefused(
        "WrapClash",
        "[gil.wrapper.factory] method wrap(example.WrapClash<T>) has the same erasure as the"
            + " factory example.WrapClash_Gil.wrap(WrapClash) every interface wrapper declares;"
            + " rename the method",
        "WrapClash<T> wrap(WrapClash<T> other)");
  }

  @Test
  void typeNeverGenerated_isReportedWhenProcessingIsOver() {
    JavaFileObject input = Fixtures.bad("Unresolved");
    Compilation compilation = Fixtures.compiler().compile(input);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[gil.wrapper.unresolved] could not generate example.Unresolved_Gil: the signatures of"
                + " example.Unresolved still reference NeverGenerated, which no processing round"
                + " produced; fix the import, or the processor that should generate it")
        .inFile(input)
        .onLineContaining("class Unresolved");
    // javac's own error stays, next to ours.
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void recordWithInstanceMethod_isRefusedWithRecordAdvice() {
    assertRefused(
        "RecordInstance",
        "[gil.wrapper.final] example.RecordInstance cannot be subclassed (it is a record, and"
            + " records are final), so example.RecordInstance_Gil could not wrap its instance"
            + " methods; make the annotated methods static, or declare them in an interface the"
            + " record implements, and wrap that interface",
        "record RecordInstance");
  }

  @Test
  void sealedClass_isRefusedWithSealedAdvice() {
    assertRefused(
        "SealedClass",
        "[gil.wrapper.final] example.SealedClass cannot be subclassed (it is sealed: only the"
            + " classes it permits may extend it), so example.SealedClass_Gil could not wrap its"
            + " instance methods; remove sealed, make the annotated methods static, or declare them"
            + " in an interface it implements, and wrap that interface",
        "sealed class SealedClass");
  }

  @Test
  void sealedInterface_isRefusedWithSealedAdvice() {
    assertRefused(
        "SealedApi",
        "[gil.wrapper.final] example.SealedApi cannot be subclassed (it is sealed: only the types"
            + " it permits may implement it), so example.SealedApi_Gil could not wrap its instance"
            + " methods; remove sealed, make the annotated methods static, or declare them in a"
            + " non-sealed interface it extends and wrap that one",
        "sealed interface SealedApi");
  }

  @Test
  void annotationType_isRefusedAsUnsupported() {
    assertRefused(
        "AnnotationType",
        "[gil.wrapper.unsupported] example.AnnotationType is an annotation type, which no"
            + " generated wrapper can implement or extend; move the annotated methods to a class or"
            + " an ordinary interface",
        "@interface AnnotationType");
  }

  @Test
  void nestedAndTopLevelTypesWithOneWrapperName_clash() {
    JavaFileObject nested = Fixtures.bad("NestedClash");
    JavaFileObject topLevel = Fixtures.bad("NestedClash_Inner");
    Compilation compilation = Fixtures.compiler().compile(nested, topLevel);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gil.wrapper.clash] the wrapper of example.NestedClash_Inner would be named"
                + " example.NestedClash_Inner_Gil, but that is already the name of the wrapper of"
                + " example.NestedClash.Inner; rename one of the two types")
        .inFile(topLevel)
        .onLineContaining("public class NestedClash_Inner");
  }

  @Test
  void existingClassNamedLikeTheWrapper_clashes() {
    JavaFileObject taken = Fixtures.bad("Taken");
    Compilation compilation = Fixtures.compiler().compile(taken, Fixtures.bad("Taken_Gil"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gil.wrapper.clash] the wrapper of example.Taken would be named example.Taken_Gil,"
                + " but a type of that name already exists; rename one of the two types")
        .inFile(taken)
        .onLineContaining("public class Taken");
  }

  @Test
  void conflictingInheritedDefaults_leaveJavacsOwnErrorAlone() {
    // One error: javac's. A wrapper with both name() methods would add a duplicate-method error.
    JavaFileObject input = Fixtures.bad("Diamond");
    Compilation compilation = Fixtures.compiler().compile(input);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("inherits unrelated defaults")
        .inFile(input)
        .onLineContaining("public interface Diamond");
  }
}
