// an element of a Doc[] read in lock-free code
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ArrayOfBoundElement {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ExecutorService pool, Doc[] docs) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> docs[0].n);
  }
}
