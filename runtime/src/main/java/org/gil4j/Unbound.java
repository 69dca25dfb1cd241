package org.gil4j;

import java.util.Objects;

/**
 * A lock-bound value detached from its held section, like PyO3's {@code Py<T>}: safe to carry
 * through lock-free code and to other threads, usable again only after {@link #bind(GilToken)}
 * under the lock. Immutable; the reference is published safely (final field).
 *
 * @param <T> the type of the value
 */
public final class Unbound<T> {
  private final T value;

  Unbound(T value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value again, given proof that the current thread holds the lock.
   *
   * @param gil a valid token of the current thread
   * @return the value passed to {@link GilToken#unbind}
   * @throws IllegalStateException if {@code gil} is not valid on this thread here
   */
  public T bind(GilToken gil) {
    gil.checkValid();
    return value;
  }
}
