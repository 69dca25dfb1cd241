package org.gil4j.checker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.Test;

/**
 * The rule catalogue stays consistent: every finding kind has a message with the arguments the
 * visitor passes, a documentation page, and scenarios; sections are plain values.
 */
public class GilRulesCatalogTest {

  private static Properties messages() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = GilChecker.class.getResourceAsStream("messages.properties")) {
      messages.load(in);
    }
    return messages;
  }

  @Test
  public void everyKind_hasMessageAndDocPage() throws IOException {
    Properties messages = messages();
    for (Finding.Kind kind : Finding.Kind.values()) {
      assertTrue(kind.key() + " has no message", messages.containsKey(kind.key()));
      assertTrue(kind.key() + " message lacks %s", messages.getProperty(kind.key()).contains("%s"));
      Path page = Path.of("..", "docs", "rules", kind.key() + ".md");
      assertTrue(page + " missing", Files.isRegularFile(page));
    }
    assertTrue(messages.containsKey("gil.internal.error"));
    for (String stubKey : new String[] {"gil.stub.unknown", "gil.stub.syntax", "gil.stub.unreadable"}) {
      assertTrue(stubKey, messages.getProperty(stubKey, "").contains("%s"));
      assertTrue(stubKey, Files.isRegularFile(Path.of("..", "docs", "rules", stubKey + ".md")));
    }
    assertTrue(Files.isRegularFile(Path.of("..", "docs", "rules", "gil.internal.error.md")));
  }

  @Test
  public void everyKey_isDottedLowercaseUnderGil() throws IOException {
    for (String key : messages().stringPropertyNames()) {
      assertTrue(key, key.matches("gil(\\.[a-z]+)+"));
    }
  }

  @Test
  public void everyKind_isExpectedByAtLeastOneScenario() throws IOException {
    Set<String> expected = new HashSet<>();
    try (var files = Files.walk(Path.of("tests", "gil"))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        for (String line : Files.readAllLines(file)) {
          for (String marker : new String[] {":: error: [", ":: warning: ["}) {
            int at = line.indexOf(marker);
            if (at >= 0) {
              expected.add(line.substring(at + marker.length(), line.indexOf(']', at)));
            }
          }
        }
      }
    }
    for (Finding.Kind kind : Finding.Kind.values()) {
      assertTrue(kind.key() + " has no scenario", expected.contains(kind.key()));
    }
  }

  @Test
  public void section_isAValueWithADebugForm() {
    Section a = Section.lockFree(Section.Origin.NOGIL_ARGUMENT, null, "GilToken.allowThreads");
    Section b = Section.lockFree(Section.Origin.NOGIL_ARGUMENT, null, "GilToken.allowThreads");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Section.held(Section.Origin.NOGIL_ARGUMENT, null, "GilToken.allowThreads"));
    assertEquals("LOCK_FREE(NOGIL_ARGUMENT GilToken.allowThreads)", a.toString());
    assertEquals("UNKNOWN(NONE)", Section.UNKNOWN.toString());
    assertTrue(a.isLockFree());
  }
}
