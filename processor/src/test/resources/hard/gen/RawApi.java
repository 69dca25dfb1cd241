package gen;

import org.gil4j.annotations.WithGil;

/** Inherits from a raw supertype: the wrapper's delegating call is unchecked, as a raw call is. */
@SuppressWarnings("rawtypes")
public interface RawApi extends Comparable {
  @WithGil
  int size();
}
