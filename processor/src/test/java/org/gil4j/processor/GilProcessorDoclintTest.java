package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated wrappers pass doclint's strictest settings ({@code -Xdoclint:all -Werror}) on their
 * own: the carried-over javadoc keeps its meaning without the original file's imports, renamed
 * parameters keep their {@code @param}, and nothing doclint requires is missing. Only the generated
 * sources are checked, against the compiled inputs on the class path, so the inputs' own javadoc
 * does not count.
 */
class GilProcessorDoclintTest {
  /** Recompiles the generated sources of {@code compilation} alone, with doclint as errors. */
  private static Compilation doclintGenerated(Compilation compilation) throws IOException {
    assertThat(compilation).succeeded();
    Path classes = HardInputs.writeClasses(compilation);
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    List<JavaFileObject> generated = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      if (file.getName().endsWith("_Gil.java")) { // not the test processor's Greeting
        generated.add(file);
      }
    }
    return Compiler.javac()
        .withClasspath(classpath)
        .withOptions("-Xdoclint:all", "-Xlint:all", "-Werror", "-proc:none")
        .compile(generated);
  }

  private static String source(Compilation compilation, String name) throws IOException {
    return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void carriedOverJavadoc_passesDoclintAll() throws IOException {
    Compilation compilation = HardInputs.compile("docs/Documented", "docs/Broken");
    assertThat(doclintGenerated(compilation)).succeededWithoutWarnings();
    String documented = source(compilation, "docs.Documented_Gil");
    assertTrue(documented.contains("{@link java.util.ArrayList}"), documented);
    assertTrue(
        documented.contains("{@link java.util.HashMap#put(java.lang.Object,java.lang.Object)}"));
    assertTrue(documented.contains("{@link docs.Documented#count()}"), documented);
    assertTrue(documented.contains("{@linkplain java.util.List#size() the size}"), documented);
    assertTrue(documented.contains("@see java.util.HashMap"), documented);
    assertTrue(documented.contains("Writes {@code {@link Foo}} as text."), documented);
    assertTrue(documented.contains("@throws java.io.IOException never, really"), documented);
    assertTrue(documented.contains("@param Gil_ how many"), documented);
    String broken = source(compilation, "docs.Broken_Gil");
    assertTrue(broken.contains("{@code NoSuchThing}"), broken);
    assertTrue(!broken.contains("@see NoSuchThing"), broken);
  }

  @Test
  void everyGoodInputsWrapper_passesDoclintAll() throws IOException {
    assertThat(doclintGenerated(Fixtures.goodCompilation())).succeededWithoutWarnings();
  }

  @Test
  void hardInputsWrappers_passDoclintAll() throws IOException {
    Compilation compilation =
        HardInputs.compile(
            "gen/Held",
            "gen/Conv",
            "gen/Box",
            "gen/IConv",
            "gen/IBox",
            "gen/Outer",
            "gen/Shapes",
            "gen/Pair",
            "gen/PairLeft",
            "gen/PairRight",
            "shadow/Held",
            "shadow/Item",
            "shadow/Old",
            "shadow/Gone",
            "shadow/TargetBase",
            "shadow/Target",
            "shadow/Vars",
            "shadow/Api");
    assertThat(doclintGenerated(compilation)).succeededWithoutWarnings();
  }
}
