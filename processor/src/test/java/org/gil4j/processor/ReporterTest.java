package org.gil4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The reporter tags every message, and never throws, even when the messager does. */
class ReporterTest {
  /** A messager that records (kind, text) pairs, or throws when {@code fail} is set. */
  private static Messager messager(List<String> printed, boolean fail) {
    return (Messager)
        Proxy.newProxyInstance(
            ReporterTest.class.getClassLoader(),
            new Class<?>[] {Messager.class},
            (proxy, method, args) -> {
              if (fail) {
                throw new IllegalStateException("messager is broken");
              }
              printed.add(args[0] + ": " + args[1]);
              return null;
            });
  }

  @Test
  void unexpectedFailure_becomesOneTaggedError() {
    List<String> printed = new ArrayList<>();
    Reporter reporter = new Reporter(messager(printed, false));
    reporter.unexpected(null, new NullPointerException("oops"));
    assertEquals(1, printed.size());
    assertTrue(
        printed
            .get(0)
            .startsWith(
                Diagnostic.Kind.ERROR + ": [gil.wrapper.internal.error] the gil4j processor"),
        printed.get(0));
    assertTrue(printed.get(0).contains("java.lang.NullPointerException: oops"), printed.get(0));
    assertTrue(reporter.errorReported());
  }

  @Test
  void brokenMessager_doesNotThrow() {
    Reporter reporter = new Reporter(messager(new ArrayList<>(), true));
    reporter.unexpected(null, new IllegalStateException("first"));
    reporter.error(null, GilMessage.FINAL_CLASS, "a.B", "it is final", "a.B_Gil", "remove final");
    assertTrue(reporter.errorReported());
  }

  @Test
  void everyMessage_startsWithItsBracketedTag() {
    for (GilMessage message : GilMessage.values()) {
      Object[] args = {"a", "b", "c", "d", "e"};
      assertTrue(message.format(args).startsWith("[" + message.key() + "] "), message.name());
      assertTrue(message.key().matches("gil(\\.[a-z]+)+"), message.name());
    }
  }

  @Test
  void everyKey_hasItsRulePage() {
    for (GilMessage message : GilMessage.values()) {
      // Surefire runs in the module directory; the pages are at the repository root.
      java.nio.file.Path page = java.nio.file.Path.of("../docs/rules", message.key() + ".md");
      assertTrue(java.nio.file.Files.isRegularFile(page), page.toString());
    }
  }
}
