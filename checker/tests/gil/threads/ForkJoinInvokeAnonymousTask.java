// ForkJoinPool.invoke with an anonymous RecursiveTask
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ForkJoinInvokeAnonymousTask {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  Integer tick(ForkJoinPool pool, Foo world) {
    return pool.invoke(new RecursiveTask<Integer>() {
      @Override protected Integer compute() {
        // :: error: [gil.nogil.use]
        return world.get();
      }
    });
  }
}
