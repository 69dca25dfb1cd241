package example;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Nested static types get {@code Outer_Inner_Gil}. */
public class Outer {
  /** A static nested class. */
  public static class Inner {
    /** Runs holding the lock. */
    @WithGil
    public String name() {
      return "inner";
    }
  }

  /** A nested interface. */
  public interface Listener {
    /** Called without the lock. */
    @NoGil
    void onEvent(String event);
  }
}
