// a @NoGil method uses this
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilReturnsThis {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class Counter {
    @NoGil Object self() {
      // :: error: [gil.nogil.use]
      return this;
    }
  }
}
