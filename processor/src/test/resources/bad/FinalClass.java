package example;

import org.gil4j.annotations.WithGil;

final class FinalClass {
  @WithGil
  void touch() {}
}
