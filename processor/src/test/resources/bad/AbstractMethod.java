package example;

import org.gil4j.annotations.WithGil;

abstract class AbstractMethod {
  @WithGil
  abstract void touch();
}
