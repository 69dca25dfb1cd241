package example;

import org.gil4j.annotations.WithGil;

interface Store {
  int EXAMPLE = 1;
  @WithGil static void reset() {} // Store_Gil.reset() forwards
  @WithGil void put(String key);
}
