package example;

import org.gil4j.annotations.WithGil;

class World {
  int touches;
  @WithGil private void touch() { touches++; } // error: [gil.wrapper.method.private]
}
