package example;

import java.util.List;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Overloaded annotated methods. */
public class Overloads {
  /** The length of a string. */
  @WithGil
  public int size(String s) {
    return s.length();
  }

  /** The size of a list. */
  @WithGil
  public int size(List<?> list) {
    return list.size();
  }

  /** The length of an array, without the lock. */
  @NoGil
  public int size(int[] array) {
    return array.length;
  }

  /** Static overload. */
  @NoGil
  public static int size(long[] array) {
    return array.length;
  }
}
