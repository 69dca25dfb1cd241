package gen;

import org.gil4j.annotations.NoGil;

/** Sees Conv's conv as {@code <T'> T conv(T' t, T s)}: two different variables named T. */
public class Box<T> extends Conv<T> {
  @NoGil
  public T same(T t) {
    Held.record();
    return t;
  }
}
