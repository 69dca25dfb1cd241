package gen;

import org.gil4j.annotations.WithGil;

/** Its wrapper must implement Source's default as {@code <U extends Number>}. */
public interface Numbers extends Source<Number> {
  @WithGil
  int count();
}
