package org.gil4j;

/**
 * A lock-free body that computes a result, as passed to {@link
 * GilToken#allowThreads(NoGilSupplier)}.
 *
 * @param <R> the result type
 * @param <X> the exception the body may throw, passed through unchanged
 */
@FunctionalInterface
public interface NoGilSupplier<R, X extends Throwable> {
  /** Runs the body without the lock. */
  R get() throws X;
}
