package org.gil4j;

/**
 * A body that runs holding the lock and returns nothing, as passed to {@link Gil#runWithGil}.
 *
 * @param <X> the exception the body may throw, passed through unchanged
 */
@FunctionalInterface
public interface GilConsumer<X extends Throwable> {
  /** Runs the body with {@code gil} as proof that the lock is held. */
  void accept(GilToken gil) throws X;
}
