package example;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

class BothAnnotations {
  @WithGil
  @NoGil
  void confused() {}
}
