// an inner class of a @GilBound class created lock-free (outer this)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class InnerClassOfBoundUsedLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class Outer {
    class Inner { int go() { return 1; } }
    int run(GilToken gil) {
      // :: error: [gil.nogil.use]
      return gil.allowThreads(() -> new Inner().go());
    }
  }
}
