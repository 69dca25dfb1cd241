package example;

import org.gil4j.annotations.WithGil;

record Point(int x, int y) { // error: [gil.wrapper.final]
  @WithGil int length() { return Math.abs(x) + Math.abs(y); }
}
