// ExecutorService.invokeAll over lambdas
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ExecutorInvokeAll {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void tick(ExecutorService executor, Foo world) throws InterruptedException {
    // :: error: [gil.nogil.use]
    executor.invokeAll(List.<Callable<Integer>>of(() -> world.get()));
  }
}
