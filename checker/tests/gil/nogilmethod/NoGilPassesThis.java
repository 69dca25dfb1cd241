// a @NoGil method passes this along
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilPassesThis {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static void log(Object o) {}
  @GilBound static class Counter {
    @NoGil void report() {
      // :: error: [gil.nogil.use]
      log(this);
    }
  }
}
