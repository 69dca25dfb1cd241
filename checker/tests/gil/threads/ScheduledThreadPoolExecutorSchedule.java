// ScheduledThreadPoolExecutor.schedule
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ScheduledThreadPoolExecutorSchedule {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void tick(ScheduledThreadPoolExecutor pool, Foo world) {
    // :: error: [gil.nogil.use]
    pool.schedule(() -> world.get(), 1, TimeUnit.SECONDS);
  }
}
