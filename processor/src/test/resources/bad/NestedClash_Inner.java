package example;

import org.gil4j.annotations.WithGil;

public class NestedClash_Inner {
  @WithGil
  public void touch() {}
}
