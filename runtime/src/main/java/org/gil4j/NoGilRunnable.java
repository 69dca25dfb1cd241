package org.gil4j;

/**
 * A lock-free body that returns nothing, as passed to {@link GilToken#allowThreads(NoGilRunnable)}.
 *
 * @param <X> the exception the body may throw, passed through unchanged
 */
@FunctionalInterface
public interface NoGilRunnable<X extends Throwable> {
  /** Runs the body without the lock. */
  void run() throws X;
}
