package demo;

import org.gil4j.Gil;

/** Reads the lock-bound world with the lock released: the build must fail. */
public final class Unsafe {
  private Unsafe() {}

  public static long ticks(World world) {
    return Gil.withGil(gil -> gil.allowThreads(() -> world.ticks()));
  }
}
