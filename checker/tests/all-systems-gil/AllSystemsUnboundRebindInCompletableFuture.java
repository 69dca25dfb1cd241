// strategy 2 across a CompletableFuture task
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsUnboundRebindInCompletableFuture {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  CompletableFuture<Integer> later(GilToken gil, Foo foo) {
    Unbound<Foo> ref = gil.unbind(foo);
    return CompletableFuture.supplyAsync(() -> Gil.withGil(g -> ref.bind(g).get())); // ok
  }
}
