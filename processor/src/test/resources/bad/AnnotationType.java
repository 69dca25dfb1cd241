package example;

import org.gil4j.annotations.WithGil;

public @interface AnnotationType {
  @WithGil
  int value();
}
