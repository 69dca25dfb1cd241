package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the checker over the expected-failure twins in {@code src/broken/} and asserts exactly the
 * errors their {@code // :: error: [key]} markers announce, on the line after each marker (the
 * Checker Framework's test convention). The build never compiles these files.
 */
@Timeout(180)
class BrokenSamplesTest {
  private static final Path BROKEN = Path.of("src", "broken");
  private static final Pattern MARKER = Pattern.compile("//\\s*::\\s*error:\\s*\\[([a-z.]+)\\]");
  private static final Pattern KEY = Pattern.compile("^\\[([a-z.]+)\\]");

  /** Everything the checker said about all broken files, compiled once together. */
  private static List<Diagnostic<? extends JavaFileObject>> diagnostics;

  @BeforeAll
  static void compileBrokenFilesWithChecker() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Path file : brokenFiles()) {
      sources.add(source(file));
    }
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "-proc:only",
            "-processor",
            "org.gil4j.checker.GilChecker",
            "-classpath",
            System.getProperty("java.class.path"));
    Boolean ok = javac.getTask(null, null, collector, options, null, sources).call();
    assertFalse(ok, "the broken samples compiled without errors");
    diagnostics = collector.getDiagnostics();
  }

  @Test
  void updateInPlaceNaive_usesListInLockFreeSection() throws IOException {
    assertExactlyTheMarkedErrors("UpdateInPlaceNaive");
  }

  @Test
  void updateInPlaceUnboundOnly_bindsWithOuterTokenInLockFreeSection() throws IOException {
    assertExactlyTheMarkedErrors("UpdateInPlaceUnboundOnly");
  }

  @Test
  void workerThreadsNotUnbound_capturesBoundIdsInWorkers() throws IOException {
    assertExactlyTheMarkedErrors("WorkerThreadsNotUnbound");
  }

  @Test
  void everyBrokenFileIsCovered() throws IOException {
    List<String> names = brokenFiles().stream().map(BrokenSamplesTest::className).toList();
    assertEquals(
        List.of("UpdateInPlaceNaive", "UpdateInPlaceUnboundOnly", "WorkerThreadsNotUnbound"),
        names);
  }

  /** Compares the marked (line, key) pairs of one file with the checker's errors in it. */
  private static void assertExactlyTheMarkedErrors(String className) throws IOException {
    Path file = BROKEN.resolve(className + ".java.broken");
    List<String> expected = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.find()) {
        expected.add((i + 2) + ": " + m.group(1));
      }
    }
    assertTrue(expected.size() > 0, "no expected-error markers in " + file);
    List<String> actual = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (d.getSource() != null && d.getSource().getName().endsWith(className + ".java")) {
        assertEquals(Diagnostic.Kind.ERROR, d.getKind(), d.toString());
        Matcher m = KEY.matcher(d.getMessage(Locale.ROOT));
        assertTrue(m.find(), "no [key] in " + d.getMessage(Locale.ROOT));
        actual.add(d.getLineNumber() + ": " + m.group(1));
      }
    }
    assertEquals(expected, actual, "checker errors in " + file);
  }

  /** The broken files, sorted by name. */
  private static List<Path> brokenFiles() throws IOException {
    try (Stream<Path> files = Files.list(BROKEN)) {
      return files.filter(p -> p.toString().endsWith(".java.broken")).sorted().toList();
    }
  }

  /** {@code Foo} for {@code src/broken/Foo.java.broken}. */
  private static String className(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java.broken".length());
  }

  /** A source file object named as javac expects, with the content of a broken file. */
  private static JavaFileObject source(Path file) throws IOException {
    String content = Files.readString(file);
    URI uri = URI.create("string:///org/gil4j/samples/" + className(file) + ".java");
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return content;
      }
    };
  }
}
