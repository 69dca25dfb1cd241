package shadow;

import org.gil4j.annotations.WithGil;

/** A statics wrapper of a class that has fields named like itself and its package. */
public final class Statics {
  public static final int Statics = 1;
  public static final int shadow = 2;

  private Statics() {}

  @WithGil
  public static boolean held() {
    return Held.now();
  }
}
