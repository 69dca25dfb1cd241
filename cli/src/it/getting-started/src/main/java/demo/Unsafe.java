package demo;

import org.gil4j.Gil;

public final class Unsafe {
  private Unsafe() {}

  public static long ticks(World world) {
    return Gil.withGil(gil -> gil.allowThreads(() -> world.ticks()));
  }
}
