package org.gil4j.python;

/**
 * The embedded interpreter cannot be used: libpython3 is missing, or it failed to start. The
 * message says what to install or set.
 */
public final class PythonUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing and how to provide it
   */
  public PythonUnavailableException(String message) {
    super(message);
  }
}
