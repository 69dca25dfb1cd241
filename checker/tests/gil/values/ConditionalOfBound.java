// a conditional whose value is bound, dereferenced
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ConditionalOfBound {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ExecutorService pool, Doc a, Doc b, boolean f) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> (f ? a : b).n);
  }
}
