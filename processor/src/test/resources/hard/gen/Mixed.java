package gen;

import org.gil4j.annotations.WithGil;

/** An interface with a default, a static and an abstract method. */
public interface Mixed {
  @WithGil
  default int twice(int x) {
    Held.record();
    return 2 * x;
  }

  static int helper() {
    return 1;
  }

  int plain();
}
