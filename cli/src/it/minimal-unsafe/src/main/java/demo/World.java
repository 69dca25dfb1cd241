package demo;

import org.gil4j.annotations.GilBound;

/** The lock-bound world. */
@GilBound
public class World {
  private long ticks;

  public long ticks() {
    return ticks;
  }
}
