package example;

import org.gil4j.annotations.NoGil;

class FinalMethod {
  @NoGil
  public final long compute() {
    return 1;
  }
}
