package org.gil4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's setup snippet and Getting started code are the text the integration builds
 * under {@code src/it} use, so neither can rot: the Maven snippet's parts (each headed by a
 * {@code <!-- gil4j: where -->} comment) are exactly the marked parts of every IT pom that
 * adds gil4j, and every code block marked {@code <!-- verbatim: PATH -->} occurs in PATH.
 */
class ReadmeSnippetTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..");
  private static final String VERSION = System.getProperty("gil4j.version");
  private static final Pattern VERBATIM = Pattern.compile("<!-- verbatim: (\\S+) -->");

  @Test
  void mavenSnippetIsWhatTheIntegrationBuildsUse() throws IOException {
    Map<String, List<String>> readme = parts(mavenSnippet());
    assertEquals(4, readme.size(), "README snippet parts: " + readme.keySet());
    List<Path> poms = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT.resolve("cli/src/it"))) {
      dirs.map(d -> d.resolve("pom.xml")).filter(Files::isRegularFile).forEach(poms::add);
    }
    assertTrue(poms.size() >= 3, "integration builds: " + poms);
    for (Path pom : poms) {
      String text = Files.readString(pom).replace("@project.version@", VERSION);
      Map<String, List<String>> it = parts(text.lines().toList());
      assertEquals(readme, it, pom + " differs from the README's Maven snippet");
    }
  }

  @Test
  void verbatimBlocksOccurInTheirFiles() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = VERBATIM.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      Path source = ROOT.resolve(m.group(1));
      assertTrue(Files.isRegularFile(source), "README line " + (i + 1) + ": no " + source);
      List<String> block = blockAfter(lines, i);
      assertFalse(block.isEmpty(), "README line " + (i + 1) + ": no code block follows");
      List<String> file = Files.readString(source).replace("@project.version@", VERSION)
          .lines().map(String::strip).toList();
      int at = 0;
      for (String line : block) {
        String want = line.strip().replaceFirst("^\\[ERROR\\] ", "");
        if (want.isEmpty()) {
          continue;
        }
        while (at < file.size() && !file.get(at).contains(want)) {
          at++;
        }
        if (at == file.size()) {
          fail("README line " + (i + 1) + ": '" + want + "' is not in " + m.group(1)
              + " (in this order)");
        }
      }
      checked++;
    }
    assertTrue(checked >= 4, "verbatim blocks checked: " + checked);
  }

  /** The xml block after the README's {@code <!-- snippet: maven -->} marker. */
  private static List<String> mavenSnippet() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("<!-- snippet: maven -->")) {
        return blockAfter(lines, i);
      }
    }
    throw new AssertionError("README.md has no <!-- snippet: maven --> marker");
  }

  private static List<String> blockAfter(List<String> lines, int marker) {
    int i = marker + 1;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    List<String> block = new ArrayList<>();
    if (i >= lines.size() || !lines.get(i).startsWith("```")) {
      return block;
    }
    for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
      block.add(lines.get(i));
    }
    return block;
  }

  /** Title of each {@code <!-- gil4j: title -->} part, and its lines without indentation. */
  private static Map<String, List<String>> parts(List<String> lines) {
    Map<String, List<String>> parts = new LinkedHashMap<>();
    List<String> current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("<!-- gil4j: ")) {
        String title = line.substring("<!-- gil4j: ".length(), line.length() - "-->".length())
            .strip();
        if (title.equals("end")) {
          current = null;
        } else {
          current = new ArrayList<>();
          parts.put(title, current);
        }
      } else if (current != null && !line.isEmpty()) {
        current.add(line);
      }
    }
    return parts;
  }
}
