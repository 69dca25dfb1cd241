package org.gil4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * gil4j's rules, as SARIF lists them: every key of the checker's {@code messages.properties},
 * with the title and text of its page under {@code docs/rules/} (bundled in the jar).
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
    List<Rule> rules = new ArrayList<>();
    for (String key : new TreeSet<>(messages.stringPropertyNames())) {
      if (key.startsWith("gil.")) {
        rules.add(of(key));
      }
    }
    return rules;
  }

  static Rule of(String key) {
    String page = null;
    try (InputStream in = Rules.class.getResourceAsStream("rules/" + key + ".md")) {
      if (in != null) {
        page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
