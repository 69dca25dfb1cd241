package example;

import org.gil4j.annotations.NoGil;

class Search {
  @NoGil public final long compute() { return 42; } // error: [gil.wrapper.method.final]
}
