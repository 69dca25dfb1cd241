package example;

import org.gil4j.annotations.WithGil;

class NoAccessibleConstructor {
  private NoAccessibleConstructor() {}

  @WithGil
  void touch() {}
}
