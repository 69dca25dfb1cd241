package example;

import org.gil4j.annotations.WithGil;

public class NestedClash {
  public static class Inner {
    @WithGil
    public void touch() {}
  }
}
