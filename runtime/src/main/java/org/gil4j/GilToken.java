package org.gil4j;

import java.util.Objects;
import org.gil4j.annotations.NoGil;

/**
 * Proof that the current thread holds the lock, like PyO3's {@code Python<'py>} token. Valid only
 * on the thread that acquired it and until its scope closes.
 */
public final class GilToken implements AutoCloseable {
  private final Thread owner;
  private boolean closed;

  GilToken(Thread owner) {
    this.owner = owner;
  }

  /** Runs {@code body} with the lock released, restoring the hold depth afterwards. */
  public <R, X extends Throwable> R allowThreads(@NoGil NoGilSupplier<R, X> body) throws X {
    Objects.requireNonNull(body, "body");
    try (GilRelease r = release()) {
      return body.get();
    }
  }

  /** Runs {@code body} with the lock released, restoring the hold depth afterwards. */
  public <X extends Throwable> void allowThreads(@NoGil NoGilRunnable<X> body) throws X {
    Objects.requireNonNull(body, "body");
    try (GilRelease r = release()) {
      body.run();
    }
  }

  /** Releases the lock completely until the returned scope closes. */
  public GilRelease release() {
    checkValid();
    return new GilRelease(Gil.releaseAll());
  }

  /** Detaches {@code value} from this token so it can cross a lock-free section. */
  public <T> Unbound<T> unbind(T value) {
    checkValid();
    return new Unbound<>(value);
  }

  /** Gives the lock to a waiting thread if one asked for it. */
  public void checkpoint() {
    checkValid();
  }

  void checkValid() {
    if (closed || Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "GilToken of thread " + owner.getName() + " used on " + Thread.currentThread().getName()
              + (closed ? " after its scope closed" : ""));
    }
  }

  /** Ends this token's scope and releases one level of the lock. */
  @Override
  public void close() {
    checkValid();
    closed = true;
    Gil.unlockOnce();
  }
}
