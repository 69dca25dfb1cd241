// the elements of a parallel stream of lock-bound values
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ParallelStreamOfBoundElements {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int sum(List<Foo> foos) {
    // :: error: [gil.nogil.use]
    return foos.parallelStream().mapToInt(f -> f.get()).sum();
  }
}
