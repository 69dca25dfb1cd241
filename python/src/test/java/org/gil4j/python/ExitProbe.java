package org.gil4j.python;

import org.gil4j.Gil;

/** Run in a child JVM by {@link PythonExitTest}: writes through Python's buffered stdout, exits. */
public final class ExitProbe {
  private ExitProbe() {}

  /**
   * Writes a line without its newline through {@code sys.stdout} and registers an {@code atexit}
   * function, then ends: normally ({@code end}), or with {@code System.exit} called while this
   * thread holds the GIL ({@code exit-holding}).
   *
   * @param args {@code end} or {@code exit-holding}
   */
  public static void main(String[] args) {
    Python.initialize();
    Gil.runWithGil(
        gil ->
            Python.exec(
                gil,
                "import sys, atexit\n"
                    + "atexit.register(lambda: sys.stdout.write('[atexit ran]'))\n"
                    + "sys.stdout.write('buffered by Python')\n"));
    if (args[0].equals("exit-holding")) {
      Gil.runWithGil(gil -> System.exit(3));
    }
  }
}
