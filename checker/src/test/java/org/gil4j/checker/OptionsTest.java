package org.gil4j.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Checker Framework's usual options work for gil4j as for the framework's own checkers. */
class OptionsTest {
  static final String WORLD =
      String.join(
          "\n",
          "package demo;",
          "import org.gil4j.annotations.GilBound;",
          "@GilBound public class World { public int size() { return 1; } }",
          "");

  /** Line 7: one gil.nogil.use in method leak(); method clean() has none. */
  static final String LEAK =
      String.join(
          "\n",
          "package demo;",
          "import java.util.concurrent.*;",
          "class Leak {",
          "  @SuppressWarnings(\"gil\") void clean(ExecutorService pool) { pool.execute(() -> {}); }",
          "  @SuppressWarnings(\"unused\") static final int UNUSED = 0;",
          "  void leak(ExecutorService pool, World world) {",
          "    pool.execute(() -> world.size());",
          "  }",
          "}",
          "");

  private static List<Diagnostic<? extends JavaFileObject>> run(
      Path dir, String leak, String... options) {
    if (!leak.contains("class Leak")) {
      return CheckerRun.run(
          dir,
          Map.of("demo/World.java", WORLD, "demo/Main.java", leak),
          CheckerRun.gil4jClassPath(),
          List.of(options));
    }
    return CheckerRun.run(
        dir,
        Map.of("demo/World.java", WORLD, "demo/Leak.java", leak),
        CheckerRun.gil4jClassPath(),
        List.of(options));
  }

  private static List<String> keys(Path dir, String... options) {
    return CheckerRun.keys(run(dir, LEAK, options));
  }

  @Test
  void byDefaultTheLeakIsAnError(@TempDir Path dir) {
    assertEquals(List.of("ERROR 7 gil.nogil.use"), keys(dir));
  }

  @Test
  void warnsTurnsErrorsIntoWarnings(@TempDir Path dir) {
    assertEquals(List.of("MANDATORY_WARNING 7 gil.nogil.use"), keys(dir, "-Awarns"));
  }

  @Test
  void suppressWarningsOptionSilencesTheChecker(@TempDir Path dir) {
    assertEquals(List.of(), keys(dir, "-AsuppressWarnings=gil"));
    assertEquals(List.of(), keys(dir, "-AsuppressWarnings=gil:gil.nogil.use"));
    assertEquals(List.of("ERROR 7 gil.nogil.use"), keys(dir, "-AsuppressWarnings=gil:gil.escape.store"));
  }

  @Test
  void suppressWarningsAnnotationWithTheKey(@TempDir Path dir) {
    String suppressed = LEAK.replace("  void leak(", "  @SuppressWarnings(\"gil:gil.nogil.use\") void leak(");
    assertEquals(List.of(), CheckerRun.keys(run(dir, suppressed)));
    String other = LEAK.replace("  void leak(", "  @SuppressWarnings(\"gil:gil.escape.store\") void leak(");
    assertEquals(List.of("ERROR 7 gil.nogil.use"), CheckerRun.keys(run(dir, other)));
  }

  @Test
  void skipAndOnlyDefs(@TempDir Path dir) {
    assertEquals(List.of(), keys(dir, "-AskipDefs=^demo\\.Leak$"));
    assertEquals(List.of(), keys(dir, "-AonlyDefs=^demo\\.World$"));
    assertEquals(List.of("ERROR 7 gil.nogil.use"), keys(dir, "-AonlyDefs=Leak"));
  }

  @Test
  void skipAndOnlyFiles(@TempDir Path dir) {
    assertEquals(List.of(), keys(dir, "-AskipFiles=Leak\\.java"));
    assertEquals(List.of(), keys(dir, "-AonlyFiles=World\\.java"));
    assertEquals(List.of("ERROR 7 gil.nogil.use"), keys(dir, "-AonlyFiles=Leak\\.java"));
  }

  @Test
  void skipUsesOfTheBoundClass(@TempDir Path dir) {
    assertEquals(List.of(), keys(dir, "-AskipUses=^demo\\.World$"));
    assertEquals(List.of("ERROR 7 gil.nogil.use"), keys(dir, "-AskipUses=^demo\\.Other$"));
  }

  @Test
  void gilStrictMakesTheWholeBuildStrict(@TempDir Path dir) {
    String plain =
        String.join(
            "\n",
            "package demo;",
            "class Main {",
            "  public static void main(String[] args) {",
            "    World w = new World();",
            "    System.out.println(w.size());",
            "  }",
            "}",
            "");
    List<Diagnostic<? extends JavaFileObject>> lax = run(dir.resolve("a"), plain);
    assertEquals(List.of(), CheckerRun.keys(lax), CheckerRun.show(lax));
    List<Diagnostic<? extends JavaFileObject>> strict = run(dir.resolve("b"), plain, "-AgilStrict");
    assertEquals(
        List.of("ERROR 4 gil.strict.call", "ERROR 5 gil.strict.use"),
        CheckerRun.keys(strict),
        CheckerRun.show(strict));
  }

  @Test
  void warnUnneededSuppressions(@TempDir Path dir) {
    List<Diagnostic<? extends JavaFileObject>> found = run(dir, LEAK, "-AwarnUnneededSuppressions");
    String shown = CheckerRun.show(found);
    assertEquals(2, found.size(), shown);
    Diagnostic<? extends JavaFileObject> unneeded = found.get(0).getLineNumber() == 4 ? found.get(0) : found.get(1);
    assertEquals(4, unneeded.getLineNumber(), shown);
    assertTrue(unneeded.getMessage(Locale.ROOT).contains("unneeded.suppression"), shown);
  }
}
