package shadow;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Interface constants named like what an interface wrapper's bodies use. */
public interface Api {
  int Gil = 1;
  int org = 2;
  int Objects = 3;
  int NullPointerException = 4;
  int java = 5;
  int Api = 6;
  int shadow = 7;
  int delegate = 8;

  /** A member type named like java.lang.Override. */
  interface Override {}

  /** A member type named like java.lang.SuppressWarnings. */
  interface SuppressWarnings {}

  @WithGil
  boolean held();

  @NoGil
  default boolean free() {
    return Held.now();
  }
}
