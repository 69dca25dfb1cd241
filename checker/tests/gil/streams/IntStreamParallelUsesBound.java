// IntStream.range(..).parallel().map(..)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class IntStreamParallelUsesBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int sum(Foo bound) {
    // :: error: [gil.nogil.use]
    return IntStream.range(0, 10).parallel().map(i -> i + bound.get()).sum();
  }
}
