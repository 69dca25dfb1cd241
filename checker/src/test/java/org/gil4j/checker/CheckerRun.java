package org.gil4j.checker;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.gil4j.Gil;
import org.gil4j.annotations.GilBound;

/**
 * Runs javac in the test JVM with a {@link GilChecker} instance over sources written to a
 * directory, with an explicit user class path (gil4j's annotations and runtime plus what a test
 * adds), so that tests see exactly what a user's build would see.
 */
final class CheckerRun {
  private CheckerRun() {}

  /** A jar copied by the build into {@code target/test-libs} (see the checker's pom). */
  static Path testLib(String name) {
    Path jar = Path.of("target", "test-libs", name + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " missing: run the build's generate-test-resources");
    }
    return jar;
  }

  /** gil4j-annotations and gil4j-runtime, as the user's build has them. */
  static List<Path> gil4jClassPath() {
    return List.of(location(GilBound.class), location(Gil.class));
  }

  private static Path location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compiles {@code sources} (file name to text) with the checker; returns every diagnostic. */
  static List<Diagnostic<? extends JavaFileObject>> run(
      Path dir, Map<String, String> sources, List<Path> classPath, List<String> options) {
    return run(dir, sources, classPath, options, new GilChecker());
  }

  static List<Diagnostic<? extends JavaFileObject>> run(
      Path dir,
      Map<String, String> sources,
      List<Path> classPath,
      List<String> options,
      Processor checker) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "no system Java compiler: run the tests on a JDK");
    List<Path> files = new ArrayList<>();
    try {
      for (Map.Entry<String, String> e : sources.entrySet()) {
        Path file = dir.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        files.add(Files.writeString(file, e.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> all = new ArrayList<>();
    all.add("-proc:only");
    all.add("-classpath");
    all.add(classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
    all.addAll(options);
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, fm, collector, all, null, fm.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(checker));
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return collector.getDiagnostics();
  }

  /** One line per diagnostic: {@code KIND file:line message-first-line}. */
  static String show(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String file = d.getSource() == null ? "-" : Path.of(d.getSource().toUri()).getFileName().toString();
      out.append(d.getKind())
          .append(' ')
          .append(file)
          .append(':')
          .append(d.getLineNumber())
          .append(' ')
          .append(d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
          .append('\n');
    }
    return out.toString();
  }

  /** The keys ({@code [gil.x]}) of the diagnostics, in order, with their kind and line. */
  static List<String> keys(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<String> keys = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String m = d.getMessage(Locale.ROOT);
      int open = m.indexOf('[');
      int close = m.indexOf(']', open + 1);
      String key = open >= 0 && close > open ? m.substring(open + 1, close) : m;
      keys.add(d.getKind() + " " + d.getLineNumber() + " " + key);
    }
    return keys;
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static Diagnostic.Kind kindOf(Diagnostic<?> d) {
    return d.getKind();
  }
}
