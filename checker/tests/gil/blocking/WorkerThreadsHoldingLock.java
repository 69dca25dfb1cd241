// the worker-threads deadlock: the holder submits workers that need the lock and waits for them
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class WorkerThreadsHoldingLock {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  static List<Boolean> waitHoldingLock(GilToken holder, ForkJoinPool workers, List<Unbound<Doc>> docs)
      throws Exception {
    ForkJoinTask<List<Boolean>> task =
        workers.submit(
            () -> docs.parallelStream().map(ref -> Gil.withGil(g -> ref.bind(g).n > 5)).toList());
    // :: warning: [gil.held.blocking]
    return task.get();
  }
}
