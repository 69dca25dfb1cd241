package org.gil4j.samples;

import java.util.Arrays;
import org.gil4j.Gil;
import org.gil4j.annotations.GilBound;

/**
 * A lock-bound list of numbers, standing in for the Python list of PyO3's
 * guide to minimising GIL locking. The checker keeps it out of lock-free code; as a
 * backstop for code compiled without the checker, every method also refuses to run on a thread
 * that does not hold the lock.
 */
@GilBound
public final class NumberList {
  private final long[] items;

  /** A list holding a copy of {@code values}; call it holding the lock. */
  public NumberList(long... values) {
    requireLock();
    this.items = values.clone();
  }

  /** The number of elements. */
  public int size() {
    requireLock();
    return items.length;
  }

  /** The element at {@code index}. */
  public long get(int index) {
    requireLock();
    return items[index];
  }

  /** Replaces the element at {@code index}. */
  public void set(int index, long value) {
    requireLock();
    items[index] = value;
  }

  /** A copy of the elements, the Java form of PyO3's {@code numbers.extract::<Vec<i64>>()}. */
  public long[] toArray() {
    requireLock();
    return items.clone();
  }

  @Override
  public String toString() {
    requireLock();
    return Arrays.toString(items);
  }

  /** Fails unless the current thread holds the lock. */
  private static void requireLock() {
    if (!Gil.isHeld()) {
      throw new IllegalStateException(
          "NumberList touched on " + Thread.currentThread().getName() + " without the lock");
    }
  }
}
