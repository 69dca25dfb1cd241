// blocking calls with the lock released, or in code that never mentions the lock, get no warning
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcceptBlockingReleased {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  int released(GilToken gil, Future<Integer> f) throws Exception {
    return gil.allowThreads(() -> f.get());
  }
  int scoped(GilToken gil, CountDownLatch latch) throws Exception {
    try (GilRelease r = gil.release()) {
      latch.await();
    }
    return 0;
  }
  int unknown(Future<Integer> f) throws Exception {
    Thread.sleep(1);
    return f.get();
  }
}
