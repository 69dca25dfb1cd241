// lock-bound values that lock-free code produces by a call and returns, passes or stores; @NoGil methods of a lock-bound class
import java.util.*;
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvReturns {
  Registry registry = new Registry();
  int keep;
  void returns(ExecutorService pool, Doc doc) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> { return registry.current(); });
    // :: error: [gil.nogil.use]
    CompletableFuture.supplyAsync(() -> registry.current());
    // :: error: [gil.nogil.use]
    pool.submit(registry::current);
    // :: error: [gil.nogil.use]
    pool.submit(() -> { Doc.last = null; });
    // :: error: [gil.nogil.use]
    pool.submit(() -> doc == null);
    pool.submit(() -> { Doc d = null; return 0; }); // ok
  }

  @NoGil
  int own(int x) {
    return x + keep; // ok: an unannotated class's own field
  }

  @GilBound
  static class Counter {
    int n;
    static Counter shared;
    @NoGil int pure(int x) { return x * 2; }
    @NoGil int bad() {
      // :: error: [gil.nogil.use]
      return n;
    }
    @NoGil int bad2() {
      // :: error: [gil.nogil.use]
      return shared.hashCode();
    }
    @NoGil int bad3() {
      // :: error: [gil.nogil.use]
      return this.hashCode();
    }
  }
}
