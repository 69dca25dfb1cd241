package example;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** A key-value store whose entries live in a lock-bound world. */
public interface Store {
  /**
   * Reads one entry.
   *
   * @param key the entry's key
   * @return the value, or null
   */
  @WithGil
  String get(String key);

  /** Writes one entry; the parameter names must not clash with the wrapper's locals. */
  @WithGil
  void put(String gil, String delegate);

  /** Hashes a key without touching the store. */
  @NoGil
  default int hash(String released) {
    return released.hashCode();
  }

  /** Not annotated: the wrapper just delegates. */
  int size();
}
