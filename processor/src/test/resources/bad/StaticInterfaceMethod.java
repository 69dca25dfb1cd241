package example;

import org.gil4j.annotations.WithGil;

interface StaticInterfaceMethod {
  /** Named like the package: it hides the only name the wrapper could call reset() by. */
  int example = 1;

  @WithGil static void reset() {}

  @WithGil
  void put(String key);
}
