package gen;

import java.util.List;
import java.util.Map;
import org.gil4j.annotations.WithGil;

/** Annotations on everything: leading ones on arrays and varargs, nested ones on type variables. */
public class Tagged<@Tag T extends Comparable<T>> {
  @WithGil
  public List<@Tag T> all(
      @Tag final T @Tag [] @Tag [] grid, Map<@Tag String, List<@Tag T>> map, @Tag int... rest) {
    Held.record();
    return List.of();
  }
}
