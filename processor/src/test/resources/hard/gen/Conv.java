package gen;

import org.gil4j.annotations.WithGil;

/** A method type variable named like the subclass's class type variable. */
public class Conv<S> {
  @WithGil
  public <T> S conv(T t, S s) {
    Held.record();
    return s;
  }
}
