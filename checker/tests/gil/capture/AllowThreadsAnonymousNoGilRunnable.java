// an anonymous NoGilRunnable passed to allowThreads
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsAnonymousNoGilRunnable {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void work(GilToken gil, Foo foo) {
    gil.allowThreads(new NoGilRunnable<RuntimeException>() {
      @Override public void run() {
        // :: error: [gil.nogil.use]
        foo.get();
      }
    });
  }
}
