// an exception built from a bound value in lock-free code
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ThrowBuiltFromBound {
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
      throw new RuntimeException(doc.name());
    });
  }
}
