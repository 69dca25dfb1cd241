// synchronized on a lock-bound object in lock-free code
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsSynchronizesOnBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void work(GilToken gil, Foo foo) {
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      synchronized (foo) {
        int x = 1;
      }
    });
  }
}
