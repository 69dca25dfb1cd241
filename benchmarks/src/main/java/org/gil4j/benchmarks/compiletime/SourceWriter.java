package org.gil4j.benchmarks.compiletime;

/** Collects the lines of one generated source file, with two-space indentation. */
final class SourceWriter {
  private final StringBuilder text = new StringBuilder();
  private int indent;
  private int lines;

  /** Appends one line at the current indentation ({@code ""} gives an empty line). */
  SourceWriter line(String s) {
    if (!s.isEmpty()) {
      text.append("  ".repeat(indent));
    }
    text.append(s).append('\n');
    lines++;
    return this;
  }

  /** Appends a line that opens a block and indents what follows. */
  SourceWriter open(String s) {
    line(s);
    indent++;
    return this;
  }

  /** Closes a block with {@code s} (usually a brace) one level further out. */
  SourceWriter close(String s) {
    indent--;
    return line(s);
  }

  /** How many lines were written. */
  int lines() {
    return lines;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
