package org.gil4j.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every message names its key and rule page, and its advice fits the target. */
class MessagesTest {
  static final String SOURCE =
      String.join(
          "\n",
          "package demo;",
          "import java.util.*;",
          "import org.gil4j.*;",
          "import org.gil4j.annotations.GilBound;",
          "@GilBound class Doc {}",
          "class Keeper {",
          "  GilToken saved;",
          "  Object kept;",
          "  void keep(GilToken gil, Doc doc, List<Object> objects) {",
          "    kept = doc;",
          "    objects.add(doc);",
          "  }",
          "}",
          "");

  private static String message(List<Diagnostic<? extends JavaFileObject>> found, long line) {
    for (Diagnostic<? extends JavaFileObject> d : found) {
      if (d.getLineNumber() == line) {
        return d.getMessage(Locale.ROOT);
      }
    }
    throw new AssertionError("nothing on line " + line + ":\n" + CheckerRun.show(found));
  }

  @Test
  void adviceFitsTheTarget(@TempDir Path dir) {
    List<Diagnostic<? extends JavaFileObject>> found =
        CheckerRun.run(
            dir, Map.of("demo/Keeper.java", SOURCE), CheckerRun.gil4jClassPath(), List.of());
    assertEquals(
        List.of("ERROR 7 gil.class.field", "ERROR 10 gil.escape.store", "ERROR 11 gil.escape.store"),
        CheckerRun.keys(found),
        CheckerRun.show(found));
    String tokenField = message(found, 7);
    assertTrue(tokenField.contains("take a GilToken parameter"), tokenField);
    assertFalse(tokenField.contains("Unbound"), tokenField);
    String intoField = message(found, 10);
    assertTrue(intoField.contains("declare its class @GilBound"), intoField);
    String intoLibrary = message(found, 11);
    assertFalse(intoLibrary.contains("declare its class @GilBound"), intoLibrary);
    assertTrue(intoLibrary.contains("holder whose type argument is lock-bound"), intoLibrary);
    for (Diagnostic<? extends JavaFileObject> d : found) {
      String m = d.getMessage(Locale.ROOT);
      String key = m.substring(m.indexOf('[') + 1, m.indexOf(']'));
      assertTrue(m.contains("Rule: docs/rules/" + key + ".md"), m);
    }
  }
}
