package org.gil4j.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User stub files ({@code -Astubs}) on real library jars: a library interface declared
 * {@code @GilBound}, a library parameter declared {@code @NoGil}, and a misspelt name.
 */
class StubFileTest {
  static final String GUAVA_STUB =
      String.join(
          "\n",
          "package com.google.common.collect;",
          "import org.gil4j.annotations.GilBound;",
          "@GilBound interface Multimap<K, V> {}",
          "");

  static final String GUAVA_USER =
      String.join(
          "\n",
          "package demo;",
          "import com.google.common.collect.*;",
          "import org.gil4j.*;",
          "class Index {",
          "  int count(GilToken gil, ListMultimap<String, String> index) {",
          "    return gil.allowThreads(() -> index.size());",
          "  }",
          "  static Object kept;",
          "  void keep(Multimap<String, String> index) { kept = index; }",
          "}",
          "");

  static final String CAFFEINE_STUB =
      String.join(
          "\n",
          "package com.github.benmanes.caffeine.cache;",
          "import java.util.concurrent.CompletableFuture;",
          "import java.util.function.Function;",
          "import org.gil4j.annotations.NoGil;",
          "interface AsyncCache<K, V> {",
          "  CompletableFuture<V> get(K key, @NoGil Function<? super K, ? extends V> mappingFunction);",
          "}",
          "");

  static final String CAFFEINE_USER =
      String.join(
          "\n",
          "package demo;",
          "import com.github.benmanes.caffeine.cache.AsyncCache;",
          "import org.gil4j.annotations.GilBound;",
          "@GilBound class World { int size() { return 1; } }",
          "class Lookup {",
          "  void load(AsyncCache<String, Integer> cache, World world) {",
          "    cache.get(\"k\", k -> world.size());",
          "    cache.get(\"k\", k -> k.length());",
          "  }",
          "}",
          "");

  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void guavaMultimapDeclaredGilBound(@TempDir Path dir) throws IOException {
    Path stub = write(dir, "guava.astub", GUAVA_STUB);
    List<Diagnostic<? extends JavaFileObject>> found =
        CheckerRun.run(
            dir.resolve("src"),
            Map.of("demo/Index.java", GUAVA_USER),
            CheckerRun.concat(CheckerRun.gil4jClassPath(), List.of(CheckerRun.testLib("guava"))),
            List.of("-Astubs=" + stub));
    assertEquals(
        List.of("ERROR 6 gil.nogil.use", "ERROR 9 gil.escape.store"),
        CheckerRun.keys(found),
        CheckerRun.show(found));
  }

  @Test
  void withoutTheStubGuavaIsNotLockBound(@TempDir Path dir) {
    List<Diagnostic<? extends JavaFileObject>> found =
        CheckerRun.run(
            dir,
            Map.of("demo/Index.java", GUAVA_USER),
            CheckerRun.concat(CheckerRun.gil4jClassPath(), List.of(CheckerRun.testLib("guava"))),
            List.of());
    assertEquals(List.of(), CheckerRun.keys(found), CheckerRun.show(found));
  }

  @Test
  void caffeineAsyncCacheGetIsLockFree(@TempDir Path dir) throws IOException {
    Path stub = write(dir, "caffeine.astub", CAFFEINE_STUB);
    List<Diagnostic<? extends JavaFileObject>> found =
        CheckerRun.run(
            dir.resolve("src"),
            Map.of("demo/Lookup.java", CAFFEINE_USER),
            CheckerRun.concat(
                CheckerRun.gil4jClassPath(), List.of(CheckerRun.testLib("caffeine"))),
            List.of("-Astubs=" + stub));
    assertEquals(List.of("ERROR 7 gil.nogil.use"), CheckerRun.keys(found), CheckerRun.show(found));
  }

  @Test
  void misspeltNamesAreErrorsAtTheirStubLine(@TempDir Path dir) throws IOException {
    String bad =
        String.join(
            "\n",
            "package com.google.common.collect;",
            "import org.gil4j.annotations.GilBound;",
            "@GilBound interface Multimapp<K, V> {}",
            "interface Multimap<K, V> {",
            "  boolean putt(K key, V value);",
            "}",
            "");
    Path stub = write(dir, "bad.astub", bad);
    List<Diagnostic<? extends JavaFileObject>> found =
        CheckerRun.run(
            dir.resolve("src"),
            Map.of("demo/Index.java", GUAVA_USER),
            CheckerRun.concat(CheckerRun.gil4jClassPath(), List.of(CheckerRun.testLib("guava"))),
            List.of("-Astubs=" + stub));
    String shown = CheckerRun.show(found);
    assertEquals(2, found.size(), shown);
    String first = found.get(0).getMessage(Locale.ROOT);
    String second = found.get(1).getMessage(Locale.ROOT);
    assertEquals(Diagnostic.Kind.ERROR, found.get(0).getKind(), shown);
    assertTrue(first.startsWith(stub + ":3: [gil.stub.unknown]"), shown);
    assertTrue(first.contains("class com.google.common.collect.Multimapp"), shown);
    assertTrue(second.startsWith(stub + ":5: [gil.stub.unknown]"), shown);
    assertTrue(second.contains("method putt(K, V) of com.google.common.collect.Multimap"), shown);
  }

  @Test
  void aSyntaxErrorIsReportedNotThrown(@TempDir Path dir) throws IOException {
    Path stub = write(dir, "broken.astub", "package x;\nclass {\n");
    List<Diagnostic<? extends JavaFileObject>> found =
        CheckerRun.run(
            dir.resolve("src"),
            Map.of("demo/Index.java", GUAVA_USER),
            CheckerRun.concat(CheckerRun.gil4jClassPath(), List.of(CheckerRun.testLib("guava"))),
            List.of("-Astubs=" + stub, "-Astubs=" + stub));
    String shown = CheckerRun.show(found);
    assertEquals(1, found.size(), shown);
    assertTrue(found.get(0).getMessage(Locale.ROOT).contains("[gil.stub.syntax]"), shown);
  }

  @Test
  void aMissingFileIsReported(@TempDir Path dir) {
    List<Diagnostic<? extends JavaFileObject>> found =
        CheckerRun.run(
            dir,
            Map.of("demo/Plain.java", ClassPathTest.PLAIN),
            CheckerRun.gil4jClassPath(),
            List.of("-Astubs=" + dir.resolve("nope.astub")));
    String shown = CheckerRun.show(found);
    assertEquals(1, found.size(), shown);
    assertTrue(found.get(0).getMessage(Locale.ROOT).contains("[gil.stub.unreadable]"), shown);
  }
}
