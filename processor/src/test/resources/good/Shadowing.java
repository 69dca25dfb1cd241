package example;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Parameters named like what the wrapper bodies call: they must not shadow it. */
public class Shadowing {
  /** A static forwarder calls {@code Shadowing.twice}, and takes the lock with {@code Gil}. */
  @WithGil
  public static int twice(int Shadowing, int Gil) {
    return Shadowing + Gil;
  }

  /** Package names: {@code org.gil4j..} and {@code example..} if they end up qualified. */
  @NoGil
  public String join(String org, String example) {
    return org + example;
  }
}
