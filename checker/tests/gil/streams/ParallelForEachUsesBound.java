// parallelStream().forEach(..)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ParallelForEachUsesBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void look(List<Integer> list, Foo bound) {
    // :: error: [gil.nogil.use]
    list.parallelStream().forEach(x -> bound.get());
  }
}
