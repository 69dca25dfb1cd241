package example;

import org.gil4j.annotations.WithGil;

interface Store {
  int example = 1;
  @WithGil static void reset() {} // error: [gil.wrapper.method.static]
  @WithGil void put(String key);
}
