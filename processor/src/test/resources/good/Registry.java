package example;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** A generic class with bounded type parameters and generic methods. */
public class Registry<K extends Comparable<K>, V> {
  private final Map<K, V> entries = new TreeMap<>();

  /** Stores {@code value} under {@code key}. */
  @WithGil
  public V register(K key, V value) {
    entries.put(key, value);
    return value;
  }

  /** Maps the entry under {@code key}. */
  @WithGil
  public <R extends Number & Comparable<R>> R measure(K key, Function<? super V, R> metric) {
    return metric.apply(entries.get(key));
  }

  /** Picks the larger of two keys. */
  @NoGil
  public <T extends Comparable<? super T>> T max(T a, T b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
