package gen;

import org.gil4j.annotations.WithGil;

/** An enum: statics only. */
public enum Level {
  LOW,
  HIGH;

  @WithGil
  public static Level parse(String name) {
    Held.record();
    return valueOf(name);
  }
}
