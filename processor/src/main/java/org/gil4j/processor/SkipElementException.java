package org.gil4j.processor;

/**
 * Thrown after an error has been reported on an element, to skip that element (and only that
 * element) for the rest of the round. Never escapes {@link GilProcessor#process}; it carries no
 * message because the reporter has already printed one.
 */
final class SkipElementException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SkipElementException() {
    super(null, null, false, false);
  }
}
