// a token used by an executor task
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenPassedToExecutor {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void spawn(GilToken gil, ExecutorService pool) {
    // :: error: [gil.nogil.token]
    pool.execute(() -> gil.checkpoint());
  }
}
