// a @NoGil method reads a field of its @GilBound class
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilReadsOwnField {
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
    @NoGil int peek() {
      // :: error: [gil.nogil.use]
      return hits;
    }
  }
}
