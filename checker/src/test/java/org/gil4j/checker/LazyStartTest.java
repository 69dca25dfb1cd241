package org.gil4j.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The lazy start of {@link LazyStart}: code that cannot get a diagnostic never starts the Checker
 * Framework (no visitor is ever created), while code that names no gil4j type but still leaks a
 * lock-bound value, or that hands code to a JDK thread entry point, starts it and is checked as
 * before. {@link LazyGilCheckerTest} runs every scenario directory in the lazy mode.
 */
class LazyStartTest {

  /** A @GilBound class in its own file, so the users below need not name gil4j. */
  private static final String WORLD =
      String.join(
          "\n",
          "package lazy;",
          "@org.gil4j.annotations.GilBound",
          "public class World {",
          "  public void tick() {}",
          "}",
          "");

  /** Plain code: generics, lambdas, streams, no gil4j name, no lock-bound type. */
  private static final String PLAIN =
      String.join(
          "\n",
          "package lazy;",
          "import java.util.List;",
          "import java.util.stream.Collectors;",
          "class Plain {",
          "  static List<String> upper(List<String> in) {",
          "    return in.stream().map(s -> s.toUpperCase()).collect(Collectors.toList());",
          "  }",
          "}",
          "");

  /** Names no gil4j type, but reads a lock-bound World on another thread (line 5). */
  private static final String LEAK =
      String.join(
          "\n",
          "package lazy;",
          "import java.util.concurrent.ExecutorService;",
          "class Leak {",
          "  static void run(ExecutorService pool, World world) {",
          "    pool.submit(() -> world.tick());",
          "  }",
          "}",
          "");

  /** Names no gil4j type and stores a lock-bound value in an Object field (line 4). */
  private static final String ESCAPE =
      String.join(
          "\n",
          "package lazy;",
          "class Escape {",
          "  static Object kept;",
          "  static void keep(World world) { kept = world; }",
          "}",
          "");

  /** Hands harmless code to an executor: needs the stub file, so the framework starts. */
  private static final String EXECUTOR =
      String.join(
          "\n",
          "package lazy;",
          "import java.util.concurrent.ExecutorService;",
          "class Pool {",
          "  static void run(ExecutorService pool) {",
          "    pool.submit(() -> System.out.println(\"hi\"));",
          "  }",
          "}",
          "");

  @Test
  void plainCodeNeverStartsTheFramework() {
    Run run = compile(List.of("-Aignorejdkastub"), source("World", WORLD), source("Plain", PLAIN));
    assertEquals(List.of(), run.findings);
    assertNull(run.checker.getVisitor(), "the framework was started for plain code");
  }

  @Test
  void anOptionOutsideTheSafeSetStartsTheFrameworkAtOnce() {
    Run run = compile(List.of("-AstubWarnIfNotFound"), source("Plain", PLAIN));
    assertEquals(List.of(), run.findings);
    assertNotNull(run.checker.getVisitor(), "-AstubWarnIfNotFound must start the framework");
  }

  @Test
  void aLeakInCodeThatNamesNoGil4jTypeIsStillReported() {
    Run run =
        compile(
            List.of("-Aignorejdkastub"),
            source("Plain", PLAIN),
            source("World", WORLD),
            source("Leak", LEAK));
    assertEquals(1, run.findings.size(), () -> String.join("\n", run.findings));
    assertTrue(run.findings.get(0).startsWith("Leak.java:5: ERROR: [gil.nogil.use]"), run.show());
    assertNotNull(run.checker.getVisitor());
  }

  @Test
  void anEscapeInCodeThatNamesNoGil4jTypeIsStillReported() {
    Run run = compile(List.of(), source("World", WORLD), source("Escape", ESCAPE));
    assertEquals(1, run.findings.size(), run::show);
    assertTrue(run.findings.get(0).startsWith("Escape.java:4: ERROR: [gil.escape."), run.show());
  }

  @Test
  void codeHandedToAThreadEntryPointStartsTheFramework() {
    Run run = compile(List.of("-Aignorejdkastub"), source("Pool", EXECUTOR));
    assertEquals(List.of(), run.findings);
    assertNotNull(run.checker.getVisitor(), "a stubbed JDK method needs the stub file");
  }

  /** One javac run: the checker instance it used and its errors and warnings. */
  private static final class Run {
    final GilChecker checker;
    final List<String> findings;

    Run(GilChecker checker, List<String> findings) {
      this.checker = checker;
      this.findings = findings;
    }

    String show() {
      return String.join("\n", findings);
    }
  }

  /** Runs javac in this JVM with only annotation processing and a fresh {@link GilChecker}. */
  private static Run compile(List<String> extraOptions, JavaFileObject... units) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "no system Java compiler: run the tests on a JDK");
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("-proc:only"));
    options.addAll(extraOptions);
    options.addAll(List.of("-classpath", System.getProperty("java.class.path")));
    GilChecker checker = new GilChecker();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, collector, options, null, List.of(units));
      task.setProcessors(List.of(checker));
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> findings =
        collector.getDiagnostics().stream()
            .filter(
                d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
            .map(
                d ->
                    (d.getSource() == null ? "<no file>" : shortName(d.getSource()))
                        + ":"
                        + d.getLineNumber()
                        + ": "
                        + d.getKind()
                        + ": "
                        + d.getMessage(Locale.ROOT))
            .collect(Collectors.toList());
    return new Run(checker, findings);
  }

  private static String shortName(JavaFileObject file) {
    String path = file.toUri().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** An in-memory source file {@code lazy/<name>.java}. */
  private static JavaFileObject source(String name, String text) {
    return new SimpleJavaFileObject(
        URI.create("string:///lazy/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
