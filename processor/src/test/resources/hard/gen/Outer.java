package gen;

/** A generic class with an inner and a static nested class. */
public class Outer<A> {
  /** An inner class of a generic class. */
  public class Inner {}

  /** A static nested class. */
  public static class Nested {}
}
