// an inner class method in a lock-free lambda calls an outer method
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class InnerClassCallsOuterMethodLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class World {
    int read() { return 1; }
    void spawn(ExecutorService pool) {
      // :: error: [gil.nogil.call]
      pool.execute(() -> read());
    }
  }
}
