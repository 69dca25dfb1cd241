// docs/adoption.md: World, declared lock-bound in step 1 (the same file in every later step)
package demo;

import org.gil4j.annotations.GilBound;

@GilBound
public final class World {
  private int ticks;
  public void tick() { ticks++; }
  public int ticks() { return ticks; }
}
