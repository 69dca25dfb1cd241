// CompletableFuture.runAsync with an executor
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CompletableRunAsync {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void tick(Foo world, Executor executor) {
    // :: error: [gil.nogil.use]
    CompletableFuture.runAsync(() -> world.get(), executor);
  }
}
