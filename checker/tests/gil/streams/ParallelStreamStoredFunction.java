// a stored capturing function passed to a parallel stream operation
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ParallelStreamStoredFunction {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  List<Integer> look(List<Integer> xs, Foo bound) {
    java.util.function.Function<Integer, Integer> fn = x -> x + bound.get();
    // :: error: [gil.nogil.argument]
    return xs.parallelStream().map(fn).collect(Collectors.toList());
  }
}
