// a @NoGil method calls a non-@NoGil method of its class
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilCallsOwnMethod {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class Counter {
    int hits;
    int read() { return hits; }
    @NoGil int peek() {
      // :: error: [gil.nogil.call]
      return read();
    }
  }
}
