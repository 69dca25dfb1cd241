package org.gil4j.it;

import org.gil4j.Gil;

/** Touches a lock-bound list from a lock-free lambda: the checker must refuse this build. */
public final class Unsafe {
  private Unsafe() {}

  /** Counts the numbers with the lock released, which is exactly the bug. */
  public static int count(NumberList numbers) {
    return Gil.withGil(gil -> gil.allowThreads(() -> numbers.size()));
  }
}
