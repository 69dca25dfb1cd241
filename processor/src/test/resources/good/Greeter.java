package example;

import org.gil4j.annotations.WithGil;

/** An interface whose wrapped method is a default method. */
public interface Greeter {
  /** The name to greet. */
  String name();

  /** Greets, holding the lock. */
  @WithGil
  default String greet(String greeting) {
    return greeting + ", " + name();
  }

  /** Not annotated default method: delegated too. */
  default String farewell() {
    return "bye, " + name();
  }
}
