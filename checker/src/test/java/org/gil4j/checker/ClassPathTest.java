package org.gil4j.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker needs nothing from the user's class path but gil4j's annotations: with Guava's
 * checker-qual 3.x there, or no checker-qual at all, a class that hands code to an executor is
 * checked (a Checker Framework type factory used to fail at start-up on exactly this).
 */
class ClassPathTest {
  static final String PLAIN =
      String.join(
          "\n",
          "package demo;",
          "import java.util.concurrent.*;",
          "class Plain {",
          "  Future<Integer> run(ExecutorService pool) {",
          "    pool.execute(() -> System.out.println(1));",
          "    return pool.submit(() -> 1 + 1);",
          "  }",
          "}",
          "");

  static final String LEAK =
      String.join(
          "\n",
          "package demo;",
          "import java.util.concurrent.*;",
          "import org.gil4j.annotations.GilBound;",
          "@GilBound class World { int size() { return 1; } }",
          "class Leak {",
          "  Future<Integer> run(ExecutorService pool, World world) {",
          "    return pool.submit(() -> world.size());",
          "  }",
          "}",
          "");

  private static List<String> check(Path dir, List<Path> extra) {
    return CheckerRun.keys(
        CheckerRun.run(
            dir,
            Map.of("demo/Plain.java", PLAIN, "demo/Leak.java", LEAK),
            CheckerRun.concat(CheckerRun.gil4jClassPath(), extra),
            List.of()));
  }

  @Test
  void guavasCheckerQual3OnTheClassPath(@TempDir Path dir) {
    List<String> keys = check(dir, List.of(CheckerRun.testLib("checker-qual")));
    assertEquals(List.of("ERROR 7 gil.nogil.use"), keys);
  }

  @Test
  void noCheckerQualAtAll(@TempDir Path dir) {
    List<String> keys = check(dir, List.of());
    assertEquals(List.of("ERROR 7 gil.nogil.use"), keys);
  }
}
