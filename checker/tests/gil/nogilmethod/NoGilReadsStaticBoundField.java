// a @NoGil method reads a static lock-bound field
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilReadsStaticBoundField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Foo shared = Foo.make();
  @NoGil static int size() {
    // :: error: [gil.nogil.use]
    return shared.get();
  }
}
