package example;

import java.util.List;
import org.gil4j.annotations.NoGil;

/** An enum and a record with static annotated methods get static forwarders. */
public enum Mode {
  FAST,
  SLOW;

  /** Parses a mode without the lock. */
  @NoGil
  public static Mode parse(String text) {
    return valueOf(text);
  }

  /** A record holding a pair of modes. */
  public record Pair(Mode first, Mode second) {
    /** Both modes, without the lock. */
    @NoGil
    public static List<Mode> both(Pair pair) {
      return List.of(pair.first(), pair.second());
    }
  }
}
