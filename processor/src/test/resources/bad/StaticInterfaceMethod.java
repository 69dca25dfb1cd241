package example;

import org.gil4j.annotations.WithGil;

interface StaticInterfaceMethod {
  @WithGil
  static void reset() {}
}
