package org.gil4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built {@code gil4j-check.jar} in child JVMs, as a user would: from the directory of
 * the tree it checks, with an empty home directory (so no local Maven repository), and with no
 * JVM flags but those {@code java -jar} takes from the jar itself.
 */
class CheckJarIT {
  private static final String UNSAFE_LINE =
      "unsafe/demo/Unsafe.java:10: error: [gil.nogil.use] lock-bound value world (demo.World) is"
          + " used in a lock-free section: the lambda passed to GilToken.allowThreads at line 10."
          + " Fix: copy what you need into an @Ungil value before the section, or unbind it with"
          + " gil.unbind(..) and bind it again inside Gil.withGil(g -> ref.bind(g)...)."
          + " Rule: docs/rules/gil.nogil.use.md";

  @TempDir static Path work;
  private static Path home;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void copyTrees() throws IOException {
    home = Files.createDirectories(work.resolve("empty-home"));
    for (String tree : List.of("clean", "unsafe")) {
      for (String file : List.of("World", tree.equals("clean") ? "Safe" : "Unsafe", "Accounts")) {
        try (InputStream in =
            CheckJarIT.class.getResourceAsStream("/trees/" + tree + "/demo/" + file + ".java")) {
          if (in != null) {
            Path target = work.resolve(tree).resolve("demo").resolve(file + ".java");
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
          }
        }
      }
    }
  }

  static Run run(List<String> javaArgs, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.home=" + home);
    command.addAll(javaArgs);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().put("HOME", home.toString());
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "gil4j-check did not finish");
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  static Run jar(String... args) throws Exception {
    return run(List.of("-jar", System.getProperty("gil4j.check.jar")), args);
  }

  @Test
  void cleanTreeExitsZero() throws Exception {
    Run r = jar("clean");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("gil4j-check: 3 files, 0 errors, 0 warnings"), r.err());
  }

  @Test
  void unsafeTreeExitsOneWithTheJavacStyleLine() throws Exception {
    Run r = jar("unsafe");
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of(UNSAFE_LINE), r.out().lines().toList());
  }

  @Test
  void sarifIsStructurallyValid() throws Exception {
    Run r = jar("--format", "sarif", "--output", "reports/gil.sarif", "unsafe");
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    JsonObject sarif = JsonParser.parseString(
        Files.readString(work.resolve("reports/gil.sarif"))).getAsJsonObject();
    assertEquals("2.1.0", sarif.get("version").getAsString());
    JsonObject run = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
    JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
    assertEquals("gil4j-check", driver.get("name").getAsString());
    assertEquals(System.getProperty("gil4j.version"), driver.get("version").getAsString());
    Set<String> ids = new HashSet<>();
    JsonArray rules = driver.getAsJsonArray("rules");
    for (int i = 0; i < rules.size(); i++) {
      JsonObject rule = rules.get(i).getAsJsonObject();
      String id = rule.get("id").getAsString();
      assertTrue(ids.add(id), "duplicate rule " + id);
      assertEquals("docs/rules/" + id + ".md", rule.get("helpUri").getAsString());
      assertTrue(rule.getAsJsonObject("shortDescription").get("text").getAsString().length() > 0);
      if (rule.has("help")) {
        String help = rule.getAsJsonObject("help").toString();
        assertTrue(!help.contains("verbatim:"), id + "'s help shows the docs' test markers");
      }
    }
    assertEquals(ruleKeysOfTheDocs(), ids);

    JsonArray results = run.getAsJsonArray("results");
    assertEquals(1, results.size());
    JsonObject result = results.get(0).getAsJsonObject();
    assertEquals("gil.nogil.use", result.get("ruleId").getAsString());
    assertEquals("gil.nogil.use",
        rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString());
    assertEquals("error", result.get("level").getAsString());
    assertTrue(result.getAsJsonObject("message").get("text").getAsString()
        .startsWith("lock-bound value world (demo.World) is used in a lock-free section"));
    JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject()
        .getAsJsonObject("physicalLocation");
    assertEquals("unsafe/demo/Unsafe.java",
        physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
    assertEquals("%SRCROOT%",
        physical.getAsJsonObject("artifactLocation").get("uriBaseId").getAsString());
    assertEquals(10, physical.getAsJsonObject("region").get("startLine").getAsInt());
    assertEquals(54, physical.getAsJsonObject("region").get("startColumn").getAsInt());
  }

  @Test
  void jsonListsTheFinding() throws Exception {
    Run r = jar("--format=json", "unsafe");
    assertEquals(1, r.exit(), r.err());
    JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals(2, json.get("files").getAsInt());
    JsonObject f = json.getAsJsonArray("findings").get(0).getAsJsonObject();
    assertEquals("unsafe/demo/Unsafe.java", f.get("file").getAsString());
    assertEquals(10, f.get("line").getAsInt());
    assertEquals("gil.nogil.use", f.get("key").getAsString());
    assertEquals("docs/rules/gil.nogil.use.md", f.get("rule").getAsString());
  }

  @Test
  void startedWithoutTheManifestItRelaunchesItself() throws Exception {
    Run r = run(List.of("-cp", System.getProperty("gil4j.check.jar"), "org.gil4j.cli.Main"),
        "unsafe");
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of(UNSAFE_LINE), r.out().lines().toList());
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() throws Exception {
    Run unknown = jar("--frobnicate", "unsafe");
    assertEquals(2, unknown.exit());
    assertEquals(
        List.of("gil4j-check: unknown option --frobnicate (gil4j-check --help lists them)"),
        unknown.err().lines().toList());
    Run missing = jar("no-such-dir");
    assertEquals(2, missing.exit());
    assertEquals(List.of("gil4j-check: no such file or directory: no-such-dir"),
        missing.err().lines().toList());
    Run format = jar("--format", "xml", "unsafe");
    assertEquals(2, format.exit());
    assertEquals(List.of("gil4j-check: --format takes text, sarif or json, not 'xml'"),
        format.err().lines().toList());
    Run none = jar();
    assertEquals(2, none.exit());
    assertEquals(1, none.err().lines().count(), none.err());
  }

  @Test
  void aRefusedWrapperDoesNotHideTheCheckersFindings() throws Exception {
    // javac stops after annotation processing when the processor refuses a class; the check
    // runs the checker again over the tree and the wrappers that were written.
    for (String tree : List.of("clean", "unsafe")) {
      try (Stream<Path> files = Files.list(work.resolve(tree).resolve("demo"))) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Path target = work.resolve("refused/demo").resolve(f.getFileName());
          Files.createDirectories(target.getParent());
          Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.writeString(work.resolve("refused/demo/Both.java"),
        "package demo;\n"
            + "import org.gil4j.annotations.NoGil;\n"
            + "import org.gil4j.annotations.WithGil;\n"
            + "public class Both {\n"
            + "  @NoGil @WithGil public void confused() {}\n"
            + "}\n");
    Run r = jar("refused");
    assertEquals(1, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out()); // the checker's view of Both.java:5 is not repeated
    assertTrue(lines.get(0).startsWith("refused/demo/Both.java:5: error: [gil.wrapper.both]"),
        r.out());
    assertEquals(UNSAFE_LINE.replace("unsafe/demo/", "refused/demo/"), lines.get(1));
    assertTrue(r.err().contains("gil4j-check: 5 files, 2 errors, 0 warnings"), r.err());
  }

  @Test
  void sourcesThatDoNotCompileAreASetupError() throws Exception {
    Path broken = work.resolve("broken/demo/Broken.java");
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "package demo;\nclass Broken { com.example.Missing m; }\n");
    Run r = jar("broken");
    assertEquals(2, r.exit(), r.err());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.get(0).startsWith("broken/demo/Broken.java:2: error: package com.example"),
        r.err());
    assertTrue(lines.get(lines.size() - 1).startsWith(
        "gil4j-check: 1 javac error, so the sources were not checked: pass their dependencies"
            + " with --classpath"), r.err());
  }

  @Test
  void versionAndHelp() throws Exception {
    Run version = jar("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("gil4j-check " + System.getProperty("gil4j.version")
        + " (Checker Framework "), version.out());
    Run help = jar("--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().startsWith("Usage: java -jar gil4j-check.jar [options] PATH..."));
    assertTrue(help.out().contains("--format text|sarif|json"));
  }

  @Test
  void largeTreesShowProgress() throws Exception {
    Path big = work.resolve("big");
    int n = CheckRun.PROGRESS_THRESHOLD + 50;
    for (int i = 0; i < n; i++) {
      Path file = big.resolve("p/C" + i + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "package p;\nclass C" + i + " { int f() { return " + i + "; } }\n",
          StandardCharsets.UTF_8);
    }
    Run r = jar("big");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals("gil4j-check: checking " + n + " files", lines.get(0));
    assertTrue(lines.contains("gil4j-check: " + n + "/" + n + " files checked"), r.err());
    assertTrue(lines.size() >= 5 && lines.size() <= 13, r.err());
  }

  /** Every rule page in docs/rules is a rule in the SARIF driver, and nothing else is. */
  private static Set<String> ruleKeysOfTheDocs() throws IOException {
    Set<String> keys = new HashSet<>();
    Path rules = Path.of(System.getProperty("gil4j.repo.root"), "docs", "rules");
    try (Stream<Path> pages = Files.list(rules)) {
      pages.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("gil.") && n.endsWith(".md"))
          .forEach(n -> keys.add(n.substring(0, n.length() - 3)));
    }
    return keys;
  }
}
