// Foo::get applied to lock-bound elements of a parallel stream
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ParallelStreamUnboundMethodRef {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  List<Integer> values(List<Foo> foos) {
    // :: error: [gil.nogil.call]
    return foos.parallelStream().map(Foo::get).collect(Collectors.toList());
  }
}
