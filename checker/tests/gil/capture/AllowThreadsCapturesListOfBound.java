// List<Foo> is lock-bound
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsCapturesListOfBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int count(GilToken gil, List<Foo> items) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> items.size());
  }
}
