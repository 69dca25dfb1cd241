package example;

import java.util.ArrayList;
import java.util.List;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Variable-arity methods, generic and not, instance and static. */
public class Joiner {
  /** Joins {@code parts} with {@code separator}. */
  @NoGil
  public String join(String separator, String... parts) {
    return String.join(separator, parts);
  }

  /** Counts {@code items}; a generic varargs instance method. */
  @WithGil
  @SuppressWarnings("unchecked")
  public <T> int count(T... items) {
    return items.length;
  }

  /** Lists {@code items}; a generic varargs static method. */
  @SafeVarargs
  @WithGil
  public static <T> List<T> listOf(T... items) {
    List<T> list = new ArrayList<>();
    for (T item : items) {
      list.add(item);
    }
    return list;
  }
}
