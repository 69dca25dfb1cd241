package org.gil4j.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the lock-state analysis apart from message wording: each file under {@code
 * tests/sections} calls {@code probeSection()}, and the line before each call says {@code //
 * expect section: HELD|LOCK_FREE|UNKNOWN|NOT_HELD}. The test reads the checker's typed {@link
 * FindingListener} events (the {@link Section} of every call), not diagnostics.
 */
class SectionStateTest {

  /** The state as the expectations name it ({@code NOT_HELD}: strict code that is not held). */
  private static String name(Section s) {
    return s.isStrictNotHeld() ? "NOT_HELD" : s.state().name();
  }

  @Test
  void everyProbeIsInTheExpectedSection(@TempDir Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of("tests", "sections"))) {
      files = listing.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    // (expected is filled below; an empty map would make the comparison vacuous)
    Map<String, String> expected = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      String name = file.getFileName().toString();
      sources.put(name, String.join("\n", lines) + "\n");
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).trim();
        if (line.startsWith("// expect section: ")) {
          expected.put(name + ":" + (i + 2), line.substring("// expect section: ".length()));
        }
      }
    }
    Map<String, String> actual = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    GilChecker checker = new GilChecker();
    checker.setListener(
        new FindingListener() {
          @Override
          public void finding(Finding finding) {
            problems.add(finding.kind().key() + " at " + finding.subject());
          }

          @Override
          public void call(CompilationUnitTree unit, MethodInvocationTree call, Section section) {
            if (call.getMethodSelect().toString().endsWith("probeSection")) {
              actual.put(where(checker, unit, call), name(section));
            }
          }
        });
    assertFalse(expected.isEmpty(), "no expectation found");
    CheckerRun.run(dir, sources, CheckerRun.gil4jClassPath(), List.of(), checker);
    assertEquals(expected, actual);
    assertEquals(List.of(), problems, "the section scenarios must have no finding");
  }

  /** {@code File.java:line} of a call, from the checker's current compilation unit. */
  private static String where(
      GilChecker checker, CompilationUnitTree unit, MethodInvocationTree call) {
    Trees trees = Trees.instance(checker.getProcessingEnvironment());
    long pos = trees.getSourcePositions().getStartPosition(unit, call);
    String file = Path.of(unit.getSourceFile().toUri()).getFileName().toString();
    return file + ":" + unit.getLineMap().getLineNumber(pos);
  }
}
