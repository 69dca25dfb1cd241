package example;

import org.gil4j.annotations.WithGil;

interface Measured { @WithGil int length(); }
record Point(int x, int y) implements Measured { public int length() { return Math.abs(x) + Math.abs(y); } }

class Caller {
  static int lockedLength(Point point) {
    int length = Measured_Gil.wrap(point).length(); // takes the lock
    return length;
  }
}
