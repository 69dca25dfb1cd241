// stream().parallel().filter(..)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StreamParallelFilterUsesBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  long look(List<Integer> list, Foo bound) {
    // :: error: [gil.nogil.use]
    return list.stream().parallel().filter(x -> x > bound.get()).count();
  }
}
