package org.gil4j.it;

import org.gil4j.annotations.GilStrict;

/** Strict: main touches a lock-bound list without taking the lock, so the build must fail. */
@GilStrict
public final class Game {
  private Game() {}

  /** Builds and fills the list with no lock held. */
  public static void main(String[] args) {
    NumberList numbers = new NumberList();
    numbers.add(3);
  }
}
