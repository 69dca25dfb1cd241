package docs;

import org.gil4j.annotations.WithGil;

/** A reference javac cannot resolve in the original either. */
public class Broken {
  /**
   * Uses {@link NoSuchThing} and {@link #noSuchMethod()}.
   *
   * @see NoSuchThing
   */
  @WithGil
  public void run() {}
}
