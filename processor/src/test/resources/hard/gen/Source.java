package gen;

import java.util.List;

/** An unannotated default method with a bound on the interface's variable. */
public interface Source<T> {
  default <U extends T> List<U> only(List<U> in) {
    return in;
  }
}
