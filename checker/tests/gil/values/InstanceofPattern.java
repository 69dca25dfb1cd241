// an instanceof pattern binding of a bound class in lock-free code: the binding d is the value used
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class InstanceofPattern {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ExecutorService pool, Object o) {
    pool.submit(() -> {
      // :: error: [gil.nogil.use]
      if (o instanceof Doc d) return d.size();
      return 0;
    });
  }
}
