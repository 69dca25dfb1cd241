// an enhanced for over a bound list in lock-free code
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class EnhancedForOverBound {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ExecutorService pool, List<Doc> docs) {
    pool.submit(() -> {
      int total = 0;
      // :: error: [gil.nogil.use]
      for (Doc d : docs) total += d.n;
      return total;
    });
  }
}
