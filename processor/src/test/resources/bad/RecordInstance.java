package example;

import org.gil4j.annotations.WithGil;

public record RecordInstance(int x) {
  @WithGil
  public int twice() {
    return 2 * x;
  }
}
