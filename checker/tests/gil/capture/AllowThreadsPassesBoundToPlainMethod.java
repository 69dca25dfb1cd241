// passing a lock-bound value along in lock-free code
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsPassesBoundToPlainMethod {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static int measure(Object o) { return 0; }
  int count(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> measure(foo));
  }
}
