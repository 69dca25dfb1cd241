package gen;

import org.gil4j.annotations.NoGil;

/** A record: statics only. */
public record Point(int x, int y) {
  @NoGil
  public static int manhattan(Point p) {
    Held.record();
    return Math.abs(p.x()) + Math.abs(p.y());
  }
}
