// withGil inside a lock-free lambda returning a bound value
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class WithGilInsideAllowThreadsReturnsBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void work(GilToken gil, Unbound<Foo> ref) {
    gil.allowThreads(() -> {
      // :: error: [gil.withgil.result]
      Object escaped = Gil.withGil(g -> ref.bind(g));
    });
  }
}
