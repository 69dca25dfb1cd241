package example;

import org.gil4j.annotations.WithGil;

enum EnumInstance {
  ONE;

  @WithGil
  void touch() {}
}
