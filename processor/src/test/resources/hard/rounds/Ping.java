package rounds;

import org.gil4j.annotations.WithGil;

/** Refers to Pong's wrapper, while Pong refers to Ping's. */
public class Ping {
  @WithGil
  public Pong_Gil pong() {
    return new Pong_Gil();
  }
}
