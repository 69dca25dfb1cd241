package gen;

import org.gil4j.annotations.NoGil;

/** Inherits pick as {@code <U extends Number> U pick(U u)}. */
public class Sub extends Base<Number> {
  @NoGil
  public void other() {}
}
