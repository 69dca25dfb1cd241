package org.gil4j.it;

/** The same lines without @GilStrict: unknown code, no diagnostic. */
public final class Lax {
  private Lax() {}

  /** Builds and fills the list with no lock held; not strict, so not checked. */
  public static void main(String[] args) {
    NumberList numbers = new NumberList();
    numbers.add(3);
  }
}
