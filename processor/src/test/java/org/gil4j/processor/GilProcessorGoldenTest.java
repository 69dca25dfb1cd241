package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden wrappers: the source generated for representative inputs, compared with the files in
 * {@code src/test/resources/expected} by {@code hasSourceEquivalentTo} (same syntax tree, not same
 * text). Run with {@code GIL4J_REGENERATE_GOLDEN=1} to rewrite the golden files from the current
 * output; review the diff before committing it.
 */
class GilProcessorGoldenTest {
  private static final boolean REGENERATE = "1".equals(System.getenv("GIL4J_REGENERATE_GOLDEN"));

  /** Wrapper simple names with a golden file; the input each comes from is in its comment. */
  static Stream<String> wrappers() {
    return Stream.of(
        "Accounts_Gil", // the README example: instance @WithGil and static @NoGil
        "Savings_Gil", // a subclass: inherited annotated methods are wrapped too
        "Shadowing_Gil", // parameters named Gil, org, like the wrapped class: renamed
        "Builder_Gil", // generic class, @SafeVarargs and throwing constructors
        "Store_Gil", // interface: abstract, default and unannotated methods; clashing names
        "Counter_Gil", // class: constructors of every access, Serializable, @Deprecated
        "WordCount_Gil", // statics of a final class: the PyO3 word count
        "Registry_Gil", // generic class, bounded and intersection type variables
        "Mapper_Gil", // generic interface inheriting Function's generic default methods
        "Joiner_Gil", // varargs: plain, generic instance, @SafeVarargs static
        "Loader_Gil", // checked exceptions, generic throws X
        "Greeter_Gil", // default method wrapped
        "Overloads_Gil", // overloads, instance and static
        "Outer_Inner_Gil", // nested static class
        "Outer_Listener_Gil", // nested interface
        "UsesGenerated_Gil", // signature uses a class another processor generates in round 1
        "Annotated_Gil"); // parameter annotations, type-use annotations, abstract class
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrappers")
  void generatedSource_matchesGolden(String wrapper) throws IOException {
    Compilation compilation = Fixtures.goodCompilation();
    assertThat(compilation).succeeded();
    Optional<JavaFileObject> generated = compilation.generatedSourceFile("example." + wrapper);
    assertTrue(generated.isPresent(), "no source generated for example." + wrapper);
    // Read the golden file from the source tree (surefire runs in the module directory), so a
    // regenerated file is the one compared, not the stale copy in target/test-classes.
    Path golden = Path.of("src/test/resources/expected", wrapper + ".java");
    if (REGENERATE) {
      Files.writeString(
          golden, generated.get().getCharContent(true).toString(), StandardCharsets.UTF_8);
    }
    assertThat(compilation)
        .generatedSourceFile("example." + wrapper)
        .hasSourceEquivalentTo(JavaFileObjects.forResource(golden.toUri().toURL()));
  }
}
