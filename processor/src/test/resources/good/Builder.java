package example;

import java.util.ArrayList;
import java.util.List;
import org.gil4j.annotations.WithGil;

/** A generic class with a @SafeVarargs constructor and a throwing constructor. */
public class Builder<T> {
  private final List<T> items = new ArrayList<>();

  /** Starts with {@code initial}. */
  @SafeVarargs
  public Builder(T... initial) {
    for (T item : initial) {
      items.add(item);
    }
  }

  /** Starts from a text that must not be empty. */
  protected Builder(String text, T first) throws java.io.IOException {
    if (text.isEmpty()) {
      throw new java.io.IOException("empty");
    }
    items.add(first);
  }

  /** Adds one item holding the lock. */
  @WithGil
  public Builder<T> add(T item) {
    items.add(item);
    return this;
  }
}
