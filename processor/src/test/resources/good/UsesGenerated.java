package example;

import org.gil4j.annotations.WithGil;

/** Refers to {@code Greeting}, which a test processor generates in the first round. */
public class UsesGenerated {
  /** Returns a generated value. */
  @WithGil
  public Greeting greeting(Greeting previous) {
    return previous;
  }
}
