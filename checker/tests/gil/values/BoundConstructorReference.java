// a constructor reference of a lock-bound class as a lock-free body builds a bound value without the lock
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class BoundConstructorReference {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ExecutorService pool) {
    // :: error: [gil.nogil.call]
    pool.submit(Doc::new);
  }
}
