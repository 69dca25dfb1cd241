// synchronized (bound) in lock-free code uses the bound value
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class SynchronizedOnBound {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ExecutorService pool, Doc doc) {
    pool.submit(() -> {
      // :: error: [gil.nogil.use]
      synchronized (doc) { return 1; }
    });
  }
}
