package gen;

import org.gil4j.annotations.WithGil;

/** A method type variable bounded by the class's. */
public class Base<T> {
  @WithGil
  public <U extends T> U pick(U u) {
    Held.record();
    return u;
  }
}
