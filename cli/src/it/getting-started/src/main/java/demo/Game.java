package demo;

import org.gil4j.Gil;
import org.gil4j.GilToken;

public final class Game {
  private Game() {}

  public static long play(World world) {
    try (GilToken gil = Gil.acquire()) { // hold the lock for as long as the block runs
      world.tick();
      return world.ticks();
    }
  }
}
