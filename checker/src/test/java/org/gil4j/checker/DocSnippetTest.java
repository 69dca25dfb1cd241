package org.gil4j.checker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The code in the checker's rule pages ({@code docs/rules/gil.*.md}, but the processor's {@code
 * gil.wrapper.*}) and in {@code docs/adoption.md} is compiled by the tests, so none of it can rot.
 *
 * <ul>
 *   <li>Every {@code ```java} block is headed by {@code <!-- verbatim: PATH -->}, and its stripped
 *       non-empty lines occur, in order, in PATH: a scenario under {@code checker/tests/gil/docs/},
 *       which {@link GilCheckerTest} compiles with the checker. A line that ends in {@code //
 *       error: [key]} (or {@code // warning: [key]}, maybe followed by an explanation) is matched
 *       without that comment, and the scenario expects exactly that diagnostic on it ({@code //
 *       :: error: [key]} on the line before); any other line has no expected diagnostic, unless
 *       its scenario's directory is also shown by a javac block. So what a page claims is
 *       rejected is exactly what the harness demands is rejected.
 *   <li>A {@code <!-- javac: DIR -->} block is the exact output of {@code javac -proc:only} with
 *       the checker over DIR's scenario files without the harness's {@code // ::} lines.
 *   <li>The stub pages' blocks are {@code .astub} files under {@code tests/gil/docs/stubs}, passed
 *       with {@code -Astubs} on the library they describe: each gives exactly the stub errors it
 *       marks, and a good one has its effect on code using the library.
 *   <li>{@code <!-- unchecked: why -->} instead is allowed only for gil.internal.error, which no
 *       code can provoke.
 * </ul>
 */
public class DocSnippetTest {
  private static final Path ROOT = Path.of("..");
  private static final String SCENARIOS = "checker/tests/gil/docs/";
  private static final Path STUBS = Path.of("tests", "gil", "docs", "stubs");
  private static final Set<String> UNCHECKABLE = Set.of("gil.internal.error.md");

  private static final Pattern VERBATIM = Pattern.compile("<!-- verbatim: (\\S+) -->");
  private static final Pattern JAVAC = Pattern.compile("<!-- javac: (\\S+) -->");
  private static final Pattern UNCHECKED = Pattern.compile("<!-- unchecked: .+ -->");
  /** A doc line's claim: {@code // error: [gil.x]} at its end, maybe with an explanation. */
  private static final Pattern CLAIM =
      Pattern.compile("\\s*// (error|warning): \\[(gil(?:\\.[a-z]+)+)\\].*$");
  /** A harness expectation in a scenario: {@code // :: error: [gil.x]}. */
  private static final Pattern EXPECTED =
      Pattern.compile(":: (error|warning): \\[(gil(?:\\.[a-z]+)+)\\]");

  /**
   * What each good stub changes in the code that uses its library ({@link StubFileTest}'s users):
   * the Caffeine stub makes {@code AsyncCache.get}'s function lock-free (line 7), the Guava one
   * makes every {@code Multimap} lock-bound (lines 6 and 9).
   */
  private static final Map<String, List<String>> STUB_EFFECTS =
      Map.of(
          "StubSyntaxGood.astub", List.of("ERROR 7 gil.nogil.use"),
          "StubUnknownGood.astub", List.of("ERROR 6 gil.nogil.use", "ERROR 9 gil.escape.store"));

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  /** The checker's rule pages, and the adoption walk-through. */
  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> rules = Files.list(ROOT.resolve("docs/rules"))) {
      rules
          .filter(p -> p.getFileName().toString().matches("gil\\..*\\.md"))
          .filter(p -> !p.getFileName().toString().startsWith("gil.wrapper."))
          .sorted()
          .forEach(pages::add);
    }
    assertTrue("rule pages: " + pages, pages.size() >= 20);
    pages.add(ROOT.resolve("docs/adoption.md"));
    return pages;
  }

  @Test
  public void everyJavaBlockIsInItsScenarioWithTheSameErrors() throws IOException {
    assertTrue(
        "GilCheckerTest must compile the scenarios",
        Arrays.asList(GilCheckerTest.getTestDirs()).contains("gil/docs"));
    int checked = 0;
    Set<String> unchecked = new TreeSet<>();
    Set<Path> named = new HashSet<>();
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page);
      Set<String> shownByJavac = new HashSet<>();
      for (String line : lines) {
        Matcher m = JAVAC.matcher(line.strip());
        if (m.matches()) {
          shownByJavac.add(m.group(1));
        }
      }
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).startsWith("```java")) {
          continue;
        }
        String where = page.getFileName() + ":" + (i + 1);
        String marker = i > 0 ? lines.get(i - 1).strip() : "";
        if (UNCHECKED.matcher(marker).matches()) {
          unchecked.add(page.getFileName().toString());
          continue;
        }
        Matcher m = VERBATIM.matcher(marker);
        assertTrue(where + ": a java block needs <!-- verbatim: PATH --> on the line before",
            m.matches());
        String path = m.group(1);
        assertTrue(where + ": " + path + " is not under " + SCENARIOS, path.startsWith(SCENARIOS));
        Path source = ROOT.resolve(path);
        assertTrue(where + ": no " + path, Files.isRegularFile(source));
        named.add(source.normalize());
        String dir = path.substring(0, path.lastIndexOf('/'));
        occursIn(where, blockAfter(lines, i), path, Files.readAllLines(source),
            !shownByJavac.contains(dir));
        checked++;
      }
    }
    assertEquals("pages whose blocks are unchecked", UNCHECKABLE, unchecked);
    assertTrue("java blocks checked: " + checked, checked >= 49);
    // Every page scenario is some block's: none is left over from a page that changed.
    try (Stream<Path> files = Files.list(ROOT.resolve(SCENARIOS))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        assertTrue(file + " is no page's scenario", named.contains(file.normalize()));
      }
    }
  }

  /**
   * The block's lines occur in order in the file, where they are closest together, each claiming
   * exactly the diagnostics the harness expects on its line (none when unclaimed, if {@code
   * strict}).
   */
  private static void occursIn(
      String where, List<String> block, String path, List<String> file, boolean strict) {
    List<String> wants = new ArrayList<>();
    List<Set<String>> claims = new ArrayList<>();
    for (String line : block) {
      String want = line.strip();
      if (want.isEmpty()) {
        continue;
      }
      Set<String> claimed = new LinkedHashSet<>();
      Matcher c = CLAIM.matcher(want);
      if (c.find()) {
        claimed.add(c.group(1) + ": [" + c.group(2) + "]");
        want = want.substring(0, c.start()).strip();
      }
      wants.add(want);
      claims.add(claimed);
    }
    int[] best = null;
    for (int from = 0; from < file.size(); from++) {
      int[] at = matchFrom(wants, file, from);
      if (at == null) {
        break;
      }
      if (best == null || at[at.length - 1] - at[0] < best[best.length - 1] - best[0]) {
        best = at;
      }
      from = at[0];
    }
    if (best == null) {
      int at = 0;
      for (String want : wants) {
        while (at < file.size() && !matches(file.get(at), want)) {
          at++;
        }
        if (at == file.size()) {
          fail(where + ": '" + want + "' is not in " + path + " (in this order)");
        }
        at++;
      }
    }
    for (int j = 0; j < wants.size(); j++) {
      Set<String> expected = expectedOn(file, best[j]);
      if (strict || !claims.get(j).isEmpty()) {
        assertEquals(where + ": '" + wants.get(j) + "' (" + path + ":" + (best[j] + 1) + ")",
            claims.get(j), expected);
      }
    }
  }

  /** Where each wanted line first occurs in order from {@code from}, or null. */
  private static int[] matchFrom(List<String> wants, List<String> file, int from) {
    int[] found = new int[wants.size()];
    int at = from;
    for (int j = 0; j < wants.size(); j++) {
      while (at < file.size() && !matches(file.get(at), wants.get(j))) {
        at++;
      }
      if (at == file.size()) {
        return null;
      }
      found[j] = at++;
    }
    return found;
  }

  /** A scenario line shows a doc line: it contains it, and is not the harness's. */
  private static boolean matches(String fileLine, String want) {
    return !isExpectation(fileLine) && fileLine.contains(want);
  }

  private static boolean isExpectation(String line) {
    return line.strip().startsWith("// ::");
  }

  /** The harness's expected diagnostics for file line {@code at} (0-based). */
  private static Set<String> expectedOn(List<String> file, int at) {
    Set<String> expected = new LinkedHashSet<>();
    for (int k = at - 1; k >= 0 && isExpectation(file.get(k)); k--) {
      Matcher e = EXPECTED.matcher(file.get(k));
      while (e.find()) {
        expected.add(e.group(1) + ": [" + e.group(2) + "]");
      }
    }
    return expected;
  }

  @Test
  public void javacBlocksAreWhatTheCheckerPrints() throws IOException {
    int checked = 0;
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = JAVAC.matcher(lines.get(i).strip());
        if (!m.matches()) {
          continue;
        }
        String where = page.getFileName() + ":" + (i + 1);
        assertTrue(where + ": not under " + SCENARIOS, m.group(1).startsWith(SCENARIOS));
        Path dir = ROOT.resolve(m.group(1));
        assertTrue(where + ": no directory " + dir, Files.isDirectory(dir));
        List<String> block = blockAfter(lines, i);
        assertTrue(where + ": no output block follows", !block.isEmpty());
        String shown = block.stream().map(l -> l + "\n").collect(Collectors.joining());
        assertEquals(where + ": javac over " + m.group(1), shown, javacOutput(dir));
        checked++;
      }
    }
    assertTrue("javac blocks checked: " + checked, checked >= 3);
  }

  /**
   * What {@code javac -proc:only} with the checker prints for the directory's scenario files,
   * without their harness lines, each at its package's path as in a source tree.
   */
  private String javacOutput(Path dir) throws IOException {
    Path src = tmp.newFolder().toPath();
    List<Path> files = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> list = Files.list(dir)) {
      sources =
          list.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    for (Path file : sources) {
      List<String> text = new ArrayList<>();
      String pkg = "";
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("package ")) {
          pkg = line.substring("package ".length(), line.indexOf(';')).strip();
        }
        if (!isExpectation(line)) {
          text.add(line);
        }
      }
      Path copy = src.resolve(pkg.replace('.', '/')).resolve(file.getFileName().toString());
      Files.createDirectories(copy.getParent());
      files.add(Files.write(copy, text));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    String classPath =
        CheckerRun.gil4jClassPath().stream()
            .map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator));
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              out, fm, null, List.of("-proc:only", "-classpath", classPath), null,
              fm.getJavaFileObjectsFromPaths(files));
      task.setLocale(Locale.ROOT);
      task.setProcessors(List.of(new GilChecker()));
      task.call();
    }
    String printed = out.toString().replace(System.lineSeparator(), "\n");
    printed = printed.replace(src.toString() + File.separator, "");
    return File.separatorChar == '/' ? printed : printed.replace(File.separatorChar, '/');
  }

  @Test
  public void stubBlocksGiveExactlyTheirErrors() throws IOException {
    List<Path> stubs;
    try (Stream<Path> list = Files.list(STUBS)) {
      stubs =
          list.filter(p -> p.toString().endsWith(".astub")).sorted().collect(Collectors.toList());
    }
    assertTrue("stub files: " + stubs, stubs.size() >= 4);
    for (Path stub : stubs) {
      String name = stub.getFileName().toString();
      List<String> lines = Files.readAllLines(stub);
      String pkg = lines.stream().filter(l -> l.startsWith("package ")).findFirst().orElse("");
      Path lib;
      Map<String, String> user;
      if (pkg.equals("package com.google.common.collect;")) {
        lib = CheckerRun.testLib("guava");
        user = Map.of("demo/Index.java", StubFileTest.GUAVA_USER);
      } else if (pkg.equals("package com.github.benmanes.caffeine.cache;")) {
        lib = CheckerRun.testLib("caffeine");
        user = Map.of("demo/Lookup.java", StubFileTest.CAFFEINE_USER);
      } else {
        lib = null;
        user = Map.of("demo/Plain.java", ClassPathTest.PLAIN);
      }
      String path = stub.toAbsolutePath().toString();
      List<Diagnostic<? extends JavaFileObject>> found =
          CheckerRun.run(
              tmp.newFolder().toPath(),
              user,
              lib == null
                  ? CheckerRun.gil4jClassPath()
                  : CheckerRun.concat(CheckerRun.gil4jClassPath(), List.of(lib)),
              List.of("-Astubs=" + path));
      List<String> expected = new ArrayList<>(STUB_EFFECTS.getOrDefault(name, List.of()));
      for (int i = 0; i < lines.size(); i++) {
        if (isExpectation(lines.get(i))) {
          continue;
        }
        for (String e : expectedOn(lines, i)) {
          expected.add(name + ":" + (i + 1) + " " + e);
        }
      }
      List<String> actual = new ArrayList<>();
      List<String> keys = CheckerRun.keys(found);
      for (int d = 0; d < found.size(); d++) {
        String message = found.get(d).getMessage(Locale.ROOT);
        if (!message.startsWith(path + ":")) {
          actual.add(keys.get(d));
          continue;
        }
        Matcher m = Pattern.compile("^:(\\d+): \\[(gil\\.stub\\.[a-z]+)\\]")
            .matcher(message.substring(path.length()));
        assertTrue(name + ": " + message, m.find());
        String line = m.group(1);
        // A syntax error is reported at the file; the parser's message says where.
        Matcher parsed = Pattern.compile("\\(line (\\d+),").matcher(message);
        if (m.group(2).equals("gil.stub.syntax") && parsed.find()) {
          line = parsed.group(1);
        }
        String kind = found.get(d).getKind() == Diagnostic.Kind.ERROR ? "error" : "warning";
        actual.add(name + ":" + line + " " + kind + ": [" + m.group(2) + "]");
      }
      expected.sort(null);
      actual.sort(null);
      assertEquals(name + ": " + CheckerRun.show(found), expected, actual);
    }
  }

  /** Each adoption step changes only what the walk-through shows. */
  @Test
  public void adoptionStepsChangeOnlyWhatTheyShow() throws IOException {
    Path steps = ROOT.resolve(SCENARIOS + "adoption");
    // Step 1 annotates World only; step 2 only adds package-info.java to step 1's fixed code.
    assertEquals(source(steps, "step0/Game.java"), source(steps, "step1/Game.java"));
    assertEquals(source(steps, "step1fixed/Game.java"), source(steps, "step2/Game.java"));
    for (String step : List.of("step1fixed", "step2", "step2held", "step2released")) {
      assertEquals(step, source(steps, "step1/World.java"), source(steps, step + "/World.java"));
    }
    for (String step : List.of("step2held", "step2released")) {
      assertEquals(step, source(steps, "step2/package-info.java"),
          source(steps, step + "/package-info.java"));
    }
  }

  /** The file's lines without the harness's. */
  private static List<String> source(Path dir, String file) throws IOException {
    return Files.readAllLines(dir.resolve(file)).stream()
        .filter(l -> !isExpectation(l))
        .collect(Collectors.toList());
  }

  /** The lines of the fenced block that starts at {@code fence} or on the line after it. */
  private static List<String> blockAfter(List<String> lines, int fence) {
    int i = lines.get(fence).startsWith("```") ? fence : fence + 1;
    List<String> block = new ArrayList<>();
    if (i >= lines.size() || !lines.get(i).startsWith("```")) {
      return block;
    }
    for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
      block.add(lines.get(i));
    }
    return block;
  }
}
