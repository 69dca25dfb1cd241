package demo;

import org.gil4j.annotations.GilBound;

/** The world: touch it only while holding the lock. */
@GilBound
public class World {
  private long ticks;

  public void tick() {
    ticks++;
  }

  public long ticks() {
    return ticks;
  }
}
