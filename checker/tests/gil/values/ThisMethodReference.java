// this::tick of a bound class as a lock-free body
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ThisMethodReference {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  @GilBound
  static class Clock {
    void tick() {}
    void start(ExecutorService pool) {
      // :: error: [gil.nogil.use]
      pool.execute(this::tick);
    }
  }
}
