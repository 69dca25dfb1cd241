// thenAcceptAsync(Consumer, Executor)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CompletableThenAcceptAsyncWithExecutor {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void tick(Foo world, CompletableFuture<Integer> start, Executor executor) {
    // :: error: [gil.nogil.use]
    start.thenAcceptAsync(x -> world.get(), executor);
  }
}
