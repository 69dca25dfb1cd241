// an instance *Async method of CompletableFuture
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CompletableThenApplyAsync {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  CompletableFuture<Integer> tick(Foo world, CompletableFuture<Integer> start) {
    // :: error: [gil.nogil.use]
    return start.thenApplyAsync(x -> x + world.get());
  }
}
