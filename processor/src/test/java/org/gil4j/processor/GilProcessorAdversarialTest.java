package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auto.value.processor.AutoValueProcessor;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One small compilation per file of {@code src/test/resources/adversarial/}, each written as a user
 * would write it against the processor rules: generic shapes, modifiers, nesting, names that shadow
 * what the wrapper writes, refusals. A file holds its sources after {@code //// path/Name.java}
 * lines, and says in its header what must happen:
 *
 * <ul>
 *   <li>{@code // expect: ok}: javac accepts it, says nothing about a generated wrapper, the
 *       wrappers compile alone with {@code -Xdoclint:all -Xlint:all -Werror}, and the class named
 *       by {@code // main:}, if any, runs without throwing (its checks of {@code Gil.isHeld()}
 *       throw {@code AssertionError});
 *   <li>{@code // expect: error:<key>}: it fails with an error tagged {@code [<key>]} on a user
 *       source, never an error in a wrapper, never an internal error;
 *   <li>{@code // expect: javacerror}: javac itself rejects the input, and gil4j adds nothing.
 * </ul>
 *
 * <p>{@code // lintwarn: ok} accepts lint warnings in the wrappers (a known limit), {@code // opts:
 * autovalue} runs AutoValue's processor first.
 */
class GilProcessorAdversarialTest {
  private static final Pattern SOURCE = Pattern.compile("(?ms)^//// (\\S+)\\n(.*?)(?=^//// |\\z)");

  @TestFactory
  Stream<DynamicTest> everyAdversarialInput() throws IOException, URISyntaxException {
    Path dir = Path.of(GilProcessorAdversarialTest.class.getResource("/adversarial").toURI());
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(cases::add);
    }
    assertTrue(cases.size() >= 40, "adversarial inputs: " + cases.size());
    return cases.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString().replace(".txt", ""), () -> check(f)));
  }

  @Test
  void earlierWrapperCompiledAgainAsSource_isNoClash() throws Throwable {
    JavaFileObject node =
        JavaFileObjects.forSourceString(
            "p.Node",
            "package p; public class Node { @org.gil4j.annotations.WithGil public boolean held() {"
                + " return org.gil4j.Gil.isHeld(); } }");
    Compilation first = Compiler.javac().withProcessors(new GilProcessor()).compile(node);
    assertThat(first).succeeded();
    JavaFileObject wrapper = first.generatedSourceFile("p.Node_Gil").orElseThrow();
    JavaFileObject again =
        JavaFileObjects.forSourceString("p.Node_Gil", wrapper.getCharContent(true).toString());
    // A build tool that compiles its generated-sources folder along with the sources.
    Compilation second =
        Compiler.javac()
            .withProcessors(new GilProcessor())
            .withOptions("-Xlint:all,-processing")
            .compile(node, again);
    HardInputs.assertWrappersClean(second);
    assertEquals(0, second.generatedSourceFiles().size());
  }

  private static void check(Path file) throws Throwable {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String expect = header(text, "expect");
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher m = SOURCE.matcher(text);
    while (m.find()) {
      String path = m.group(1);
      String name = path.substring(0, path.length() - ".java".length()).replace('/', '.');
      sources.add(JavaFileObjects.forSourceString(name, m.group(2)));
    }
    List<Processor> processors = new ArrayList<>();
    if (text.contains("// opts: autovalue")) {
      processors.add(new AutoValueProcessor());
    }
    processors.add(new GilProcessor());
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processors)
            .withOptions("-Xlint:all,-processing")
            .compile(sources);
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      assertFalse(message.contains("please report"), message);
      if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
        assertFalse(d.getSource().getName().endsWith("_Gil.java"), "error in a wrapper: " + d);
      }
    }
    if (expect.equals("ok")) {
      checkAccepted(text, compilation);
    } else if (expect.equals("javacerror")) {
      assertThat(compilation).failed();
      for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
        assertFalse(d.getMessage(Locale.ROOT).contains("[gil."), "gil4j error next to javac's: " + d);
      }
    } else {
      String key = "[" + expect.substring("error:".length()) + "]";
      assertThat(compilation).failed();
      boolean tagged = false;
      for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
        tagged |= d.getSource() != null && d.getMessage(Locale.ROOT).startsWith(key);
      }
      assertTrue(tagged, "no positioned error " + key + " in " + compilation.errors());
    }
  }

  /** The checks of an input javac must accept, with its wrappers clean and working. */
  private static void checkAccepted(String text, Compilation compilation) throws Throwable {
    boolean lintWarnings = text.contains("// lintwarn: ok");
    if (lintWarnings) {
      assertThat(compilation).succeeded();
    } else {
      HardInputs.assertWrappersClean(compilation);
    }
    Path classes = HardInputs.writeClasses(compilation);
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    List<JavaFileObject> wrappers = new ArrayList<>();
    for (JavaFileObject f : compilation.generatedSourceFiles()) {
      if (f.getName().endsWith("_Gil.java")) {
        wrappers.add(f);
      }
    }
    assertFalse(wrappers.isEmpty(), "no wrapper was generated");
    if (!lintWarnings) {
      Compilation alone =
          Compiler.javac()
              .withClasspath(classpath)
              .withOptions("-Xdoclint:all", "-Xlint:all", "-Werror", "-proc:none")
              .compile(wrappers);
      assertThat(alone).succeededWithoutWarnings();
    }
    String main = header(text, "main");
    if (main != null) {
      try (URLClassLoader loader =
          new URLClassLoader(
              new URL[] {classes.toUri().toURL()},
              GilProcessorAdversarialTest.class.getClassLoader())) {
        try {
          loader.loadClass(main).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
      assertEquals(false, org.gil4j.Gil.isHeld(), "the lock was left held");
    }
  }

  /** The value of header line {@code // name: value}, or null. */
  private static String header(String text, String name) {
    Matcher m = Pattern.compile("(?m)^// " + name + ": (\\S+)").matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
