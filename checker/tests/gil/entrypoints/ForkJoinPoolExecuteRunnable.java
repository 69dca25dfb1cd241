// ForkJoinPool.execute(Runnable), inherited from Executor
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ForkJoinPoolExecuteRunnable {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ForkJoinPool pool, Doc doc) {
    // :: error: [gil.nogil.use]
    pool.execute(() -> doc.size());
  }
}
