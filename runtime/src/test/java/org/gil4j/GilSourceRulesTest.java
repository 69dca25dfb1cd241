package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the rules that keep virtual threads from pinning and the hot path lean: no {@code
 * synchronized}, no {@code Object.wait}, no {@code ThreadLocal} in the runtime's main sources.
 */
class GilSourceRulesTest {
  private static final Pattern COMMENTS =
      Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);
  private static final Pattern FORBIDDEN =
      Pattern.compile("\\bsynchronized\\b|\\.wait\\(|\\bThreadLocal\\b|\\bReentrantLock\\b");

  @Test
  void mainSources_useNoMonitorsNoWaitNoThreadLocal() throws IOException {
    Path root = Path.of("src/main/java/org/gil4j");
    assertTrue(Files.isDirectory(root), "run from the runtime module: " + root.toAbsolutePath());
    List<String> offences = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(root)) {
      files = s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    for (Path file : files) {
      String code = COMMENTS.matcher(Files.readString(file)).replaceAll(" ");
      var m = FORBIDDEN.matcher(code);
      while (m.find()) {
        offences.add(file.getFileName() + ": " + m.group());
      }
    }
    assertTrue(files.size() >= 10, files.toString());
    assertEquals(List.of(), offences);
  }
}
