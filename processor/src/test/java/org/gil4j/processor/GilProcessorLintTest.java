package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated wrappers compile without a single warning under {@code -Xlint:all -Werror}. */
class GilProcessorLintTest {
  @Test
  void generatedSources_compileCleanWithAllLintAsErrors() {
    Compilation processed = Fixtures.goodCompilation();
    assertThat(processed).succeeded();
    List<JavaFileObject> sources = new ArrayList<>(processed.generatedSourceFiles());
    for (String name : Fixtures.GOOD) {
      sources.add(Fixtures.good(name));
    }
    // The inputs and every generated wrapper, compiled again as plain sources.
    Compilation compilation =
        Compiler.javac().withOptions("-Xlint:all", "-Werror", "-proc:none").compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void withProcessorRunning_everyLintButProcessingIsClean() {
    // -Xlint:processing would only note that no processor claims @WithGil and @NoGil, which
    // GilProcessor leaves unclaimed on purpose (see GilProcessor#process).
    Compilation compilation = Fixtures.compileGood("-Xlint:all,-processing", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("example.Accounts_Gil");
  }
}
