// executor.submit(() -> world.tick())
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ExecutorSubmitCallable {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  Future<Integer> tick(ExecutorService executor, Foo world) {
    // :: error: [gil.nogil.use]
    return executor.submit(() -> world.get());
  }
}
