package example;

import java.io.Serializable;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** A counter in the lock-bound world, with a lock-free helper. */
public class Counter implements Serializable {
  private static final long serialVersionUID = 1L;

  private long count;

  /** Starts at zero. */
  public Counter() {}

  /**
   * Starts at {@code start}.
   *
   * @param start the first value
   */
  protected Counter(long start) {
    this.count = start;
  }

  Counter(String start) {
    this(Long.parseLong(start));
  }

  private Counter(int ignored, int alsoIgnored) {}

  /** Adds one and returns the new count. */
  @WithGil
  public long increment() {
    return ++count;
  }

  /** Adds {@code delta}. */
  @WithGil
  protected void add(long delta) {
    count += delta;
  }

  /** Old name of {@link #increment}. */
  @Deprecated
  @WithGil
  public long inc() {
    return increment();
  }

  /** Formats a count; touches nothing lock-bound. */
  @NoGil
  String format(long value) {
    return "count=" + value;
  }

  /** Not annotated, so the wrapper does not override it. */
  public long peek() {
    return count;
  }
}
