package org.gil4j;

/**
 * A body that runs holding the lock and computes a result, as passed to {@link Gil#withGil}. The
 * token it receives is valid only inside the body and only on the calling thread.
 *
 * @param <R> the result type; the checker requires it to be {@code @Ungil}
 * @param <X> the exception the body may throw, passed through unchanged
 */
@FunctionalInterface
public interface GilFunction<R, X extends Throwable> {
  /** Runs the body with {@code gil} as proof that the lock is held. */
  R apply(GilToken gil) throws X;
}
