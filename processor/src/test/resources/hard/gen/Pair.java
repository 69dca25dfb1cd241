package gen;

import org.gil4j.annotations.WithGil;

/** Two abstract methods with one signature from two superinterfaces: one wrapper method. */
public interface Pair extends PairLeft, PairRight {
  @WithGil
  int size();
}
