package demo;

import org.gil4j.Gil;

/** Ticks the lock-bound world with the lock released: the checker must refuse it. */
public final class Unsafe {
  private Unsafe() {}

  public static long ticks(World world) {
    return Gil.withGil(gil -> gil.allowThreads(() -> world.ticks()));
  }
}
