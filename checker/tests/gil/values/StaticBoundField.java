// a static field of bound type read in lock-free code
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StaticBoundField {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  static Doc shared;
  void work(ExecutorService pool) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> shared.n);
  }
}
