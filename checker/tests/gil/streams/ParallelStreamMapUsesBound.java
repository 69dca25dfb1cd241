// list.parallelStream().map(x -> bound.lookup(x))
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ParallelStreamMapUsesBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  List<Integer> look(List<Integer> list, Foo bound) {
    // :: error: [gil.nogil.use]
    return list.parallelStream().map(x -> x + bound.get()).collect(Collectors.toList());
  }
}
