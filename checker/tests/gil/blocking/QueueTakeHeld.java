// BlockingQueue.take on a LinkedBlockingQueue (an override)
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class QueueTakeHeld {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  @WithGil String work(LinkedBlockingQueue<String> q) throws Exception {
    // :: warning: [gil.held.blocking]
    return q.take();
  }
}
