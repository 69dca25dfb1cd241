package demo;

import org.gil4j.Gil;

public final class Fixed {
  private Fixed() {}

  public static long ticks(World world) {
    return Gil.withGil(gil -> {
      long ticks = world.ticks(); // read it while the lock is held
      return gil.allowThreads(() -> ticks * 2); // lock-free: only the long copy
    });
  }
}
