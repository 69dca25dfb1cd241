package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.auto.value.processor.AutoValueProcessor;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code on the rule pages {@code docs/rules/gil.wrapper.*.md} is real code: every {@code java}
 * block is headed by a {@code <!-- verbatim: PATH -->} marker, its lines occur in that order in
 * PATH (a source under {@code src/test/resources/docs/rules}), each Bad file fails with exactly
 * the page's key on the lines the page marks {@code // error: [key]}, and each Good file compiles
 * without a warning and gets the wrappers the page relies on.
 *
 * <p>The sources sit one level below {@code docs/}: javac also looks for sources on the class path,
 * and {@code docs} is the package of the inputs under {@code hard/docs}, so files directly in
 * {@code docs/} would be read as more classes of that package.
 */
class DocSnippetTest {
  /** Surefire runs in the module directory; the repository root is its parent. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Path RULES = ROOT.resolve("docs/rules");
  private static final String PREFIX = "gil.wrapper.";
  private static final Pattern VERBATIM = Pattern.compile("<!-- verbatim: (\\S+) -->");
  private static final Pattern ERROR = Pattern.compile("^(.*?)\\s*// error: \\[([a-z.]+)]\\s*$");
  private static final Pattern WRAPPER_NAME = Pattern.compile("\\b[A-Z]\\w*_Gil\\b");

  /** An internal crash of the processor cannot be provoked from source: that page shows none. */
  private static final String NO_SNIPPETS = "gil.wrapper.internal.error";

  /** Every page but {@link #NO_SNIPPETS}, and the wrappers its Good file must generate. */
  private static final Map<String, List<String>> GOOD_WRAPPERS =
      Map.ofEntries(
          Map.entry("gil.wrapper.ambiguous", List.of("example.I_Gil", "example.J_Gil")),
          Map.entry("gil.wrapper.both", List.of("example.Worker_Gil")),
          Map.entry("gil.wrapper.clash", List.of("example.A_B_Gil", "example.AB_Gil")),
          Map.entry("gil.wrapper.constructor", List.of("example.Registry_Gil")),
          Map.entry("gil.wrapper.factory", List.of("example.Chain_Gil")),
          Map.entry("gil.wrapper.final", List.of("example.Measured_Gil")),
          Map.entry("gil.wrapper.inaccessible", List.of("example.Vault_Gil")),
          Map.entry("gil.wrapper.inner", List.of("example.Outer_Member_Gil")),
          Map.entry("gil.wrapper.local", List.of("example.Outer_Task_Gil")),
          Map.entry("gil.wrapper.method.abstract", List.of("example.Circle_Gil")),
          Map.entry("gil.wrapper.method.final", List.of("example.Search_Gil")),
          Map.entry("gil.wrapper.method.private", List.of("example.World_Gil")),
          Map.entry("gil.wrapper.method.static", List.of("example.Store_Gil")),
          Map.entry("gil.wrapper.private", List.of("example.Outer_Hidden_Gil")),
          Map.entry("gil.wrapper.unresolved", List.of("example.Orders_Gil")),
          Map.entry("gil.wrapper.unsupported", List.of("example.Config_Gil")));

  /**
   * javac's own error that a page says comes next to the processor's, on the same line: a type
   * that does not exist is javac's "cannot find symbol" before it is gil4j's error.
   */
  private static final Map<String, String> JAVAC_ALSO =
      Map.of("gil.wrapper.unresolved", "cannot find symbol");

  /** One {@code java} block of a page. */
  private record Block(String page, int line, String section, String marker, List<String> lines) {
    Path file() {
      return ROOT.resolve(marker);
    }

    String where() {
      return page + ".md line " + line;
    }
  }

  /** A line the Bad block marks {@code // error: [key]}, and its line number in the file. */
  private record Marked(String key, int fileLine) {}

  static Stream<String> pages() {
    return GOOD_WRAPPERS.keySet().stream().sorted();
  }

  @Test
  void everyWrapperPageIsCovered() throws IOException {
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> files = Files.list(RULES)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(PREFIX) && n.endsWith(".md"))
          .forEach(n -> onDisk.add(n.substring(0, n.length() - ".md".length())));
    }
    Set<String> known = new TreeSet<>(GOOD_WRAPPERS.keySet());
    known.add(NO_SNIPPETS);
    assertEquals(known, onDisk, "gil.wrapper pages and the pages this test knows");
    assertEquals(List.of(), blocks(NO_SNIPPETS), NO_SNIPPETS + " shows no code");
  }

  @Test
  void everyJavaBlockIsMarkedAndOccursInItsFile() throws IOException {
    int checked = 0;
    for (String page : GOOD_WRAPPERS.keySet()) {
      List<Block> blocks = blocks(page);
      assertEquals(
          List.of("Bad", "Good"),
          blocks.stream().map(Block::section).toList(),
          page + ": one Bad and one Good block, in that order");
      for (Block block : blocks) {
        assertTrue(
            block.marker().startsWith("processor/src/test/resources/docs/rules/")
                && block.marker().endsWith(block.section() + ".java"),
            block.where() + ": marker " + block.marker() + " is not a docs/rules/*" + block.section()
                + ".java source");
        locate(block);
        checked++;
      }
    }
    assertTrue(checked >= 32, "java blocks checked: " + checked);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void badSnippetFailsWithThePagesKeyOnTheMarkedLines(String page) throws IOException {
    Block bad = blocks(page).get(0);
    List<Marked> marked = marked(bad);
    assertFalse(marked.isEmpty(), bad.where() + ": the Bad block marks no // error: line");
    JavaFileObject source = source(bad);
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    String javac = JAVAC_ALSO.get(page);
    for (Marked m : marked) {
      assertEquals(page, m.key(), bad.where() + ": a Bad block marks only its own page's key");
      assertThat(compilation)
          .hadErrorContaining("[" + m.key() + "]")
          .inFile(source)
          .onLine(m.fileLine());
      if (javac != null) {
        assertThat(compilation).hadErrorContaining(javac).inFile(source).onLine(m.fileLine());
      }
    }
    int perLine = javac == null ? 1 : 2;
    assertThat(compilation).hadErrorCount(perLine * marked.size());
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(null);
      assertTrue(
          message.startsWith("[" + page + "]") || (javac != null && message.contains(javac)),
          bad.where() + ": unexpected error " + error);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void goodSnippetCompilesCleanlyAndGetsItsWrappers(String page) throws IOException {
    Block good = blocks(page).get(1);
    assertEquals(List.of(), marked(good), good.where() + ": a Good block marks no error");
    Compilation compilation = compile(source(good));
    assertThat(compilation).succeededWithoutWarnings();
    Set<String> wanted = new TreeSet<>(GOOD_WRAPPERS.get(page));
    // A wrapper the page names (a comment such as "// Outer_Task_Gil", or code calling it).
    for (String line : good.lines()) {
      Matcher m = WRAPPER_NAME.matcher(line);
      while (m.find()) {
        wanted.add("example." + m.group());
      }
    }
    for (String wrapper : wanted) {
      assertTrue(
          compilation.generatedSourceFile(wrapper).isPresent(),
          good.where() + ": no wrapper " + wrapper + " was generated");
    }
  }

  /** The processors the docs assume: AutoValue (for gil.wrapper.unresolved), then gil4j's. */
  private static Compilation compile(JavaFileObject source) {
    return Compiler.javac()
        .withProcessors(new AutoValueProcessor(), new GilProcessor())
        .withOptions("-Xlint:all,-processing,-auxiliaryclass")
        .compile(source);
  }

  private static JavaFileObject source(Block block) {
    try {
      return JavaFileObjects.forResource(block.file().toUri().toURL());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines a Bad block marks, with the number of the file line each one matched. */
  private static List<Marked> marked(Block block) throws IOException {
    int[] at = locate(block);
    List<Marked> marked = new ArrayList<>();
    for (int i = 0; i < block.lines().size(); i++) {
      Matcher m = ERROR.matcher(block.lines().get(i));
      if (m.matches()) {
        marked.add(new Marked(m.group(2), at[i] + 1));
      }
    }
    return marked;
  }

  /**
   * Finds the block's lines, stripped and in order, each in a later line of its file ({@code
   * contains}); a line ending in {@code // error: [key]} is looked for without that comment.
   * Returns the index of the file line each block line matched (-1 for blank lines).
   */
  private static int[] locate(Block block) throws IOException {
    assertTrue(Files.isRegularFile(block.file()), block.where() + ": no " + block.marker());
    List<String> file = Files.readAllLines(block.file()).stream().map(String::strip).toList();
    int[] found = new int[block.lines().size()];
    int at = 0;
    for (int i = 0; i < block.lines().size(); i++) {
      String want = block.lines().get(i).strip();
      Matcher m = ERROR.matcher(want);
      if (m.matches()) {
        want = m.group(1).strip();
      }
      if (want.isEmpty()) {
        found[i] = -1;
        continue;
      }
      while (at < file.size() && !file.get(at).contains(want)) {
        at++;
      }
      if (at == file.size()) {
        fail(block.where() + ": '" + want + "' is not in " + block.marker() + " (in this order)");
      }
      found[i] = at++;
    }
    return found;
  }

  /** The page's java blocks, each with the marker on the line right before its opening fence. */
  private static List<Block> blocks(String page) throws IOException {
    List<String> lines = Files.readAllLines(RULES.resolve(page + ".md"));
    List<Block> blocks = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ")) {
        section = line.substring(3).strip();
      }
      if (!line.startsWith("```")) {
        continue;
      }
      int open = i;
      List<String> body = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        body.add(lines.get(i));
      }
      if (!line.strip().equals("```java")) {
        continue;
      }
      Matcher m = open > 0 ? VERBATIM.matcher(lines.get(open - 1).strip()) : null;
      if (m == null || !m.matches()) {
        fail(page + ".md line " + (open + 1) + ": no <!-- verbatim: PATH --> marker right before");
      }
      blocks.add(new Block(page, open + 1, section, m.group(1), body));
    }
    return blocks;
  }
}
