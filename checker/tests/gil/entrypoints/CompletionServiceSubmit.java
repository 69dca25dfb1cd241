// CompletionService.submit runs its task on the pool
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CompletionServiceSubmit {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ExecutorCompletionService<Integer> cs, Doc doc) {
    // :: error: [gil.nogil.use]
    cs.submit(() -> doc.n);
  }
}
