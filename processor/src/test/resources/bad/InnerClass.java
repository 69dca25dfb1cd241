package example;

import org.gil4j.annotations.WithGil;

class InnerClass {
  class Member {
    @WithGil
    void touch() {}
  }
}
