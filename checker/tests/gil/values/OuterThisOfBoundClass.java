// an outer this of a bound class in an anonymous Runnable handed to a thread
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class OuterThisOfBoundClass {
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
  static class World {
    int ticks;
    void start(ExecutorService pool) {
      pool.execute(new Runnable() {
        @Override public void run() {
          // :: error: [gil.nogil.use]
          World.this.ticks++;
        }
      });
    }
  }
}
