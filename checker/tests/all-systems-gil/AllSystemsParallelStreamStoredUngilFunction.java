// a stored function capturing only @Ungil values in a parallel stream
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsParallelStreamStoredUngilFunction {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  List<Integer> look(List<Integer> xs, int offset) {
    java.util.function.Function<Integer, Integer> fn = x -> x + offset;
    return xs.parallelStream().map(fn).collect(Collectors.toList()); // ok
  }
}
