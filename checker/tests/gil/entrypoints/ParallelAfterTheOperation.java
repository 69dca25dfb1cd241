// parallel() later in the chain makes the earlier map run in parallel too
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ParallelAfterTheOperation {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(List<String> xs, Doc doc) {
    // :: error: [gil.nogil.use]
    xs.stream().map(s -> doc.n).parallel().forEach(i -> {});
  }
}
