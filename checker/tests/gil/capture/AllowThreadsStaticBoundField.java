// a static field of lock-bound type
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsStaticBoundField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Foo shared = Foo.make();
  int count(GilToken gil) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> shared.get());
  }
}
