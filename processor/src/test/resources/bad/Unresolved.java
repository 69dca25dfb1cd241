package example;

import org.gil4j.annotations.WithGil;

class Unresolved {
  @WithGil
  NeverGenerated make() {
    return null;
  }
}
