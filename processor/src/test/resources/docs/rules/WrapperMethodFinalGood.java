package example;

import org.gil4j.annotations.NoGil;

class Search {
  @NoGil public long compute() { return 42; }
}
