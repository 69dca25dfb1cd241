package demo;

import org.gil4j.annotations.GilBound;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** The lock-bound world; the processor writes World_Gil for its annotated methods. */
@GilBound
public class World {
  private long ticks;

  @WithGil
  public void tick() {
    ticks++;
  }

  public long ticks() {
    return ticks;
  }

  @NoGil
  public static long distance(Point a, Point b) {
    return Math.abs(a.getX() - b.getX()) + Math.abs(a.getY() - b.getY());
  }
}
