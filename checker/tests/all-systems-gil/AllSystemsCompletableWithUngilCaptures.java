// CompletableFuture chains capturing @Ungil values
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsCompletableWithUngilCaptures {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  CompletableFuture<Integer> run(GilToken gil, Foo foo) {
    int seed = foo.get();
    return CompletableFuture.supplyAsync(() -> seed * 2).thenApplyAsync(x -> x + seed); // ok
  }
}
