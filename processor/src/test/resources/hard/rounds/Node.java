package rounds;

import org.gil4j.annotations.WithGil;

/** Refers to its own wrapper, which the same compilation generates. */
public class Node {
  @WithGil
  public Node_Gil again() {
    return new Node_Gil();
  }
}
