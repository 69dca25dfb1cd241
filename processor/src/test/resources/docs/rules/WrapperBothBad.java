package example;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

class Worker {
  @NoGil @WithGil void confused() {} // error: [gil.wrapper.both]
}
