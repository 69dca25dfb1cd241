package org.gil4j;

/** A lock-free scope opened by {@link GilToken#release()}; closing it re-acquires the lock. */
public final class GilRelease implements AutoCloseable {
  private final int depth;

  GilRelease(int depth) {
    this.depth = depth;
  }

  /** Re-acquires the lock at the depth it had when released. */
  @Override
  public void close() {
    Gil.restore(depth);
  }
}
