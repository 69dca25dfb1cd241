package example;

import org.gil4j.annotations.WithGil;

class PrivateType {
  private static class Hidden {
    @WithGil
    void touch() {}
  }
}
