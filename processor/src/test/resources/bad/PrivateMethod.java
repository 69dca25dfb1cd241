package example;

import org.gil4j.annotations.WithGil;

class PrivateMethod {
  @WithGil
  private void touch() {}
}
