package org.gil4j.checker;

import java.io.InputStream;
import java.util.List;

/**
 * Build-time tool: writes gil-jdk.astub's compiled form, the one-line-per-entry file the checker
 * loads at run time instead of parsing Java syntax (the checker's pom runs it). The .astub stays
 * the one place the JDK model is written.
 */
public final class StubCompiler {
  private StubCompiler() {}

  /**
   * Writes the compiled form of a stub file: {@code StubCompiler in.astub out.model}. Fails on a
   * syntax error.
   *
   * @param args the input {@code .astub} and the output file
   */
  public static void main(String[] args) throws java.io.IOException {
    List<StubEntry> entries;
    try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[0]))) {
      entries =
          StubParser.parse(
              args[0],
              in,
              (key, f, line, what) -> {
                throw new IllegalStateException(f + ":" + line + ": " + key + " " + what);
              });
    }
    StringBuilder out = new StringBuilder();
    for (StubEntry entry : entries) {
      out.append(entry.toLine()).append('\n');
    }
    java.nio.file.Path target = java.nio.file.Path.of(args[1]);
    java.nio.file.Files.createDirectories(target.getParent());
    java.nio.file.Files.writeString(target, out);
  }

}
