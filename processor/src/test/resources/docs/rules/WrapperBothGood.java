package example;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

class Worker {
  @NoGil void compute() {}
  @WithGil void update() {}
}
