package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** The generated wrappers compile without a single warning under {@code -Xlint:all -Werror}. */
class GilProcessorLintTest {
  @Test
  void everyGoodInput_compilesCleanWithAllLintAsErrors() {
    Compilation compilation = Fixtures.compileGood("-Xlint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("example.Store_Gil");
  }
}
