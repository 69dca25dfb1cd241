// a lock-bound local captured by allowThreads
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsCapturesBoundLocal {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int count(GilToken gil) {
    Foo numbers = Foo.make();
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> numbers.get());
  }
}
