package org.gil4j.cli;

import java.nio.file.Path;

/**
 * One diagnostic of the check: a gil4j finding (its key begins with {@code gil.}) or a javac
 * error that kept the sources from compiling.
 *
 * @param file the source file, or {@code null} for a diagnostic without one
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param error {@code true} for an error, {@code false} for a warning
 * @param key the gil4j key ({@code gil.nogil.use}), or {@code null} for a javac diagnostic
 * @param message the message without the {@code [key]} prefix
 */
record Finding(Path file, long line, long column, boolean error, String key, String message) {

  boolean isGil() {
    return key != null && key.startsWith("gil.");
  }

  String severity() {
    return error ? "error" : "warning";
  }

  /** The javac form: {@code file:line: error: [key] message}. */
  String javacLine(Path base) {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(Reports.displayPath(file, base));
      if (line > 0) {
        sb.append(':').append(line);
      }
      sb.append(": ");
    }
    sb.append(severity()).append(": ");
    if (key != null) {
      sb.append('[').append(key).append("] ");
    }
    return sb.append(message).toString();
  }
}
