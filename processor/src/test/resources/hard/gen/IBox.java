package gen;

import org.gil4j.annotations.NoGil;

/** The interface form of Box. */
public interface IBox<T> extends IConv<T> {
  @NoGil
  default T same(T t) {
    Held.record();
    return t;
  }
}
