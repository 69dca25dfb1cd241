// Outer.this named explicitly in a lock-free lambda
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsOuterThisOfBoundClass {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class World {
    int ticks;
    int run(GilToken gil) {
      // :: error: [gil.nogil.use]
      return gil.allowThreads(() -> World.this.hashCode());
    }
  }
}
