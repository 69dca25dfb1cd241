package example;

import org.gil4j.annotations.WithGil;

class World {
  int touches;
  @WithGil void touch() { touches++; } // package-private is enough: the wrapper is in the same package
}
