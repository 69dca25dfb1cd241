package demo;

import java.util.List;
import org.gil4j.Gil;
import org.gil4j.GilToken;

/** Holds the lock to touch the world and releases it for the pure arithmetic. */
public final class Game {
  private Game() {}

  public static long play(World world, List<Point> corners) {
    try (GilToken gil = Gil.acquire()) {
      world.tick();
      long ticks = world.ticks();
      return gil.allowThreads(() -> ticks + World_Gil.distance(corners.get(0), corners.get(1)));
    }
  }
}
