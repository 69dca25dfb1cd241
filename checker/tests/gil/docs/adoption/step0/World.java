// docs/adoption.md, step 0: no annotations, so the checker prints nothing
package demo;

public final class World {
  private int ticks;
  public void tick() { ticks++; }
  public int ticks() { return ticks; }
}
