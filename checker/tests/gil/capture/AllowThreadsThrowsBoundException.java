// throwing a lock-bound exception in lock-free code
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsThrowsBoundException {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class BoundError extends RuntimeException {}
  void fail(GilToken gil, BoundError error) {
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      throw error;
    });
  }
}
