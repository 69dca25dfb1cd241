package example;

import org.gil4j.annotations.WithGil;

public sealed class SealedClass permits SealedClass.Only {
  @WithGil
  public void touch() {}

  public static final class Only extends SealedClass {}
}
