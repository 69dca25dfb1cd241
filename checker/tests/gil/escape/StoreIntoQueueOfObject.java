// a lock-bound value offered to a BlockingQueue<Object> (another thread)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreIntoQueueOfObject {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void keep(BlockingQueue<Object> queue, Foo foo) {
    // :: error: [gil.escape.store]
    queue.offer(foo);
  }
}
