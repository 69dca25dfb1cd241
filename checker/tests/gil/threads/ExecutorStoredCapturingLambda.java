// a variable holding a lambda that captured a lock-bound value
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ExecutorStoredCapturingLambda {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  Future<Integer> tick(ExecutorService executor, Foo world) {
    Callable<Integer> task = () -> world.get();
    // :: error: [gil.nogil.argument]
    return executor.submit(task);
  }
}
