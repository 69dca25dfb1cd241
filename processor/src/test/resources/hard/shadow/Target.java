package shadow;

import java.util.List;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/**
 * Fields named like every class and package root the wrapper's bodies use, and member types named
 * like the annotations it writes.
 */
public class Target extends TargetBase {
  public int org = 1;
  public int Gil = 3;
  public int Objects = 4;
  public int Target = 5;
  public int shadow = 6;
  public int delegate = 8;

  /** A member type named like java.lang.Override. */
  public static class Override {}

  /** A member type named like the wrapper's resource type. */
  public static class GilToken {}

  public Target() {}

  /** A generic varargs constructor. */
  @java.lang.SafeVarargs
  public <E> Target(List<E>... lists) {}

  @WithGil
  public boolean held() {
    return Held.now();
  }

  @WithGil
  @java.lang.Deprecated
  public boolean old() {
    return Held.now();
  }

  @NoGil
  public static boolean free() {
    return Held.now();
  }

  @WithGil
  public boolean params(int gil, int released, int Gil, int org, int delegate, int Target) {
    return Held.now() && gil + released + Gil + org + delegate + Target == 21;
  }

  @WithGil
  public <T extends Comparable<T>> T max(T a, T b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @WithGil
  public shadow.Item top(shadow.Item item, List<shadow.Item> items, Item member) {
    return Held.now() ? item : null;
  }

  @java.lang.SuppressWarnings({"deprecation", "removal"})
  @WithGil
  public Old old(Old old, List<Gone> gone) {
    return Held.now() ? old : null;
  }
}
