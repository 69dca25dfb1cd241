package demo;

import org.gil4j.annotations.GilBound;

/** Lock-bound: only touched with the lock held. */
@GilBound
public final class World {
  private long ticks;

  public void tick() {
    ticks++;
  }

  public long ticks() {
    return ticks;
  }
}
