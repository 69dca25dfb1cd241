// ScheduledExecutorService.scheduleAtFixedRate
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ScheduledAtFixedRate {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void tick(ScheduledExecutorService pool, Foo world) {
    // :: error: [gil.nogil.use]
    pool.scheduleAtFixedRate(() -> world.get(), 1, 1, TimeUnit.SECONDS);
  }
}
