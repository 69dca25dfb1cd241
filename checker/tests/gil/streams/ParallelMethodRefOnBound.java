// a method reference on a lock-bound receiver in a parallel stream
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ParallelMethodRefOnBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  List<Integer> look(List<Foo> list, Foo bound) {
    // :: error: [gil.nogil.use]
    return list.parallelStream().map(x -> 1).filter(bound::equals).collect(Collectors.toList());
  }
}
