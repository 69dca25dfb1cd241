// a static method of a @GilBound class in a parallel stream
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ParallelStreamUngilElementsCallBoundStatic {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  long count(List<Integer> xs) {
    // :: error: [gil.nogil.call]
    return xs.parallelStream().filter(x -> Foo.make() != null).count();
  }
}
