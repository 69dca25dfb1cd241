package org.gil4j.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gil4j dogfoods its checker (STYLE.md habit 13): runs {@link GilChecker} over the main sources of
 * gil4j-runtime and gil4j-processor, so a change there that the checker would reject fails this
 * module's {@code mvn verify}. The runtime cannot be compiled with the checker in its own module
 * (the checker depends on it, and the reactor builds the runtime first), hence a test here. The
 * second test proves the same helper does report a leak, so the first cannot pass by accident.
 */
class DogfoodTest {

  /** The checker's rule key for a lock-bound value used in lock-free code. */
  private static final String NOGIL_USE = "[gil.nogil.use]";

  /**
   * A source that is not part of gil4j: a lock-bound class read inside an {@code allowThreads}
   * lambda, the leak the checker exists to refuse. Line 14 is the read.
   */
  private static final String LEAK_SOURCE =
      String.join(
          "\n",
          "package org.gil4j;",
          "",
          "import org.gil4j.annotations.GilBound;",
          "",
          "/** Deliberately broken: reads a lock-bound counter with the lock released. */",
          "@GilBound",
          "final class DogfoodLeak {",
          "  private int count;",
          "",
          "  /** Reads {@code leaked} inside allowThreads: must be [gil.nogil.use]. */",
          "  static int readWithoutLock() {",
          "    DogfoodLeak leaked = new DogfoodLeak();",
          "    return Gil.withGil(",
          "        gil -> gil.allowThreads(() -> leaked.count));",
          "  }",
          "}",
          "");

  /** The line of {@link #LEAK_SOURCE} that reads the lock-bound value. */
  private static final long LEAK_LINE = 14;

  @Test
  void runtimeAndProcessorSourcesPassTheChecker() {
    List<Path> sources = new ArrayList<>(javaFilesUnder(moduleSources("runtime")));
    sources.addAll(javaFilesUnder(moduleSources("processor")));
    assertTrue(
        sources.stream().anyMatch(p -> p.endsWith(Path.of("org", "gil4j", "GilToken.java"))),
        "the runtime sources were not found: " + sources);

    List<Diagnostic<? extends JavaFileObject>> findings = runChecker(sources);

    // Nothing today: the checker finds no leak in gil4j's own code. Any error or warning (the
    // checker's or plain javac's, which would mean the checker could not analyse a file) fails.
    assertTrue(findings.isEmpty(), () -> "checker findings on gil4j's own code:\n" + show(findings));
  }

  @Test
  void leakAddedToACopyOfTheRuntimeIsReported(@TempDir Path copy) throws IOException {
    Path runtime = moduleSources("runtime");
    List<Path> sources = new ArrayList<>();
    for (Path original : javaFilesUnder(runtime)) {
      Path target = copy.resolve(runtime.relativize(original).toString());
      Files.createDirectories(target.getParent());
      sources.add(Files.copy(original, target));
    }
    Path leak = copy.resolve(Path.of("org", "gil4j", "DogfoodLeak.java"));
    Files.writeString(leak, LEAK_SOURCE);
    sources.add(leak);

    List<Diagnostic<? extends JavaFileObject>> findings = runChecker(sources);

    String shown = show(findings);
    assertEquals(1, findings.size(), () -> "expected exactly one finding, got:\n" + shown);
    Diagnostic<? extends JavaFileObject> only = findings.get(0);
    assertEquals(Diagnostic.Kind.ERROR, only.getKind(), shown);
    assertEquals(leak.toUri(), only.getSource().toUri(), shown);
    assertEquals(LEAK_LINE, only.getLineNumber(), shown);
    String message = only.getMessage(Locale.ROOT);
    assertTrue(message.contains(NOGIL_USE), shown);
    assertTrue(message.contains("lock-bound value leaked"), shown);
  }

  /**
   * Runs javac in this JVM (surefire gives it the Checker Framework's {@code --add-exports}
   * flags) with only annotation processing and {@link GilChecker} over {@code sources}, the test
   * class path as class path and processor path, and returns every error and warning.
   */
  private static List<Diagnostic<? extends JavaFileObject>> runChecker(List<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertTrue(javac != null, "no system Java compiler: run the tests on a JDK");
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "-proc:only",
            "-processor",
            GilChecker.class.getName(),
            "-Aignorejdkastub",
            // Strict: gil4j's own code has no unknown state either.
            "-AgilStrict",
            "-classpath",
            System.getProperty("java.class.path"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, null, null)) {
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjects(sources.stream().map(Path::toFile).toArray(File[]::new));
      javac.getTask(null, files, collector, options, null, units).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return collector.getDiagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
        .collect(Collectors.toList());
  }

  /**
   * The main source root of a sibling module. Surefire runs with the checker module as working
   * directory and sets {@code basedir}; a missing root fails with its path rather than passing on
   * zero files.
   */
  private static Path moduleSources(String module) {
    Path root =
        Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve(Path.of("..", module, "src", "main", "java"))
            .normalize();
    assertTrue(Files.isDirectory(root), () -> "missing source root " + root);
    return root;
  }

  /** Every {@code .java} file under {@code root}, sorted so runs and messages are stable. */
  private static List<Path> javaFilesUnder(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> found =
          walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      assertFalse(found.isEmpty(), () -> "no .java files under " + root);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per diagnostic, {@code file:line: KIND: message}, for failure messages. */
  private static String show(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(
            d ->
                (d.getSource() == null ? "<no file>" : d.getSource().getName())
                    + ":"
                    + d.getLineNumber()
                    + ": "
                    + d.getKind()
                    + ": "
                    + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }
}
