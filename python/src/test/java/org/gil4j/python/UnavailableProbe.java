package org.gil4j.python;

/** Run in a child JVM by {@link PythonStartupTest}: starts Python and prints what happened. */
public final class UnavailableProbe {
  private UnavailableProbe() {}

  /**
   * Prints {@code started} or the exception's class and message; exits 0 either way.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try {
      Python.initialize();
      System.out.println("started " + Python.version());
    } catch (RuntimeException e) {
      System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
      // the lock stays usable without Python
      org.gil4j.Gil.runWithGil(gil -> System.out.println("lock usable: " + org.gil4j.Gil.isHeld()));
    }
  }
}
