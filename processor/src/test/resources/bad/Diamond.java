package example;

import org.gil4j.annotations.WithGil;

public interface Diamond extends DiamondLeft, DiamondRight {
  @WithGil
  int size();
}

interface DiamondLeft {
  default int name() {
    return 1;
  }
}

interface DiamondRight {
  default int name() {
    return 2;
  }
}
