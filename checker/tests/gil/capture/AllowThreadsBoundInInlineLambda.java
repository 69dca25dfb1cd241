// a forEach lambda inside a lock-free lambda inherits lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsBoundInInlineLambda {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void each(GilToken gil, Foo foo, List<Integer> xs) {
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      xs.forEach(x -> foo.get());
    });
  }
}
