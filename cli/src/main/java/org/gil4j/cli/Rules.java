package org.gil4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * gil4j's rules, as SARIF lists them: every key of the checker's {@code messages.properties}
 * and every page under {@code docs/rules/} (bundled in the jar; the processor's keys have pages
 * too), with the page's title and text.
 */
final class Rules {
  /** Where a rule's page lives, relative to the root of the gil4j repository. */
  static final String PAGE_DIR = "docs/rules/";

  /**
   * One rule.
   *
   * @param key the diagnostic key
   * @param title the page's title, or the key when there is no page
   * @param page the page's markdown, or {@code null}
   */
  record Rule(String key, String title, String page) {
    String helpUri() {
      return PAGE_DIR + key + ".md";
    }
  }

  private Rules() {}

  static List<Rule> all() {
    Properties messages = new Properties();
    try (InputStream in =
        Rules.class.getResourceAsStream("/org/gil4j/checker/messages.properties")) {
      if (in != null) {
        messages.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeSet<String> keys = new TreeSet<>(messages.stringPropertyNames());
    keys.addAll(bundledPages());
    List<Rule> rules = new ArrayList<>();
    for (String key : keys) {
      // gil.fix.* entries are pieces of advice that other messages share, not diagnostics.
      if (key.startsWith("gil.") && !key.startsWith("gil.fix.")) {
        rules.add(of(key));
      }
    }
    return rules;
  }

  /** Keys of the rule pages bundled in this jar (or class directory): the processor's too. */
  static Set<String> bundledPages() {
    Set<String> keys = new TreeSet<>();
    String dir = "org/gil4j/cli/rules/";
    try {
      Path location =
          Path.of(Rules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<Path> pages = Files.list(location.resolve(dir))) {
          pages.forEach(p -> addKey(keys, p.getFileName().toString()));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(dir))
              .forEach(n -> addKey(keys, n.substring(dir.length())));
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Without a listing SARIF still has every checker key from messages.properties.
    }
    return keys;
  }

  private static void addKey(Set<String> keys, String fileName) {
    if (fileName.startsWith("gil.") && fileName.endsWith(".md")) {
      keys.add(fileName.substring(0, fileName.length() - 3));
    }
  }

  static Rule of(String key) {
    String page = null;
    try (InputStream in = Rules.class.getResourceAsStream("rules/" + key + ".md")) {
      if (in != null) {
        // The pages' verbatim markers (which test file holds each snippet) are for the
        // repository's tests, not for a reader of the help text.
        page = new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .replaceAll("(?m)^<!-- verbatim: [^>]*-->\\R", "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rule(key, title(key, page), page);
  }

  /** {@code # `gil.nogil.use`: Lock-bound value used ...} gives the text after the colon. */
  private static String title(String key, String page) {
    if (page == null) {
      return key;
    }
    String first = page.lines().findFirst().orElse("").replaceFirst("^#+\\s*", "");
    int colon = first.indexOf("`:");
    String title = colon >= 0 ? first.substring(colon + 2).strip() : first.strip();
    return title.isEmpty() ? key : title;
  }
}
