package example;

import java.util.function.Function;
import org.gil4j.annotations.NoGil;

/** A generic interface inheriting generic and default methods from {@link Function}. */
public interface Mapper<T extends CharSequence> extends Function<T, Integer> {
  /** Maps without the lock. */
  @NoGil
  @Override
  Integer apply(T input);
}
