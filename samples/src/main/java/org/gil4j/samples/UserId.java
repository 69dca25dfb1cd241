package org.gil4j.samples;

import org.gil4j.annotations.GilBound;

/**
 * A lock-bound user ID, the {@code #[pyclass] struct UserID} of PyO3's
 * parallelism guide. Worker threads reach it only through an {@code Unbound}
 * reference that they bind under their own lock acquisition.
 */
@GilBound
public final class UserId {
  private final long id;

  /** A user ID; create it holding the lock. */
  public UserId(long id) {
    this.id = id;
  }

  /** The numeric ID. */
  public long id() {
    return id;
  }
}
