package org.gil4j;

import java.util.Objects;

/**
 * A lock-bound value detached from its held section, like PyO3's {@code Py<T>}: safe to carry
 * through lock-free code, usable again only after {@link #bind(GilToken)} under the lock.
 *
 * @param <T> the type of the value
 */
public final class Unbound<T> {
  private final T value;

  Unbound(T value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** Returns the value again, given proof that the lock is held. */
  public T bind(GilToken gil) {
    gil.checkValid();
    return value;
  }
}
