package example;

import org.gil4j.annotations.WithGil;

public class Taken {
  @WithGil
  public void touch() {}
}
