// an anonymous Runnable in new Thread(..) touches a lock-bound local
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ThreadAnonymousRunnable {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void spawn(Foo world) {
    new Thread(new Runnable() {
      @Override public void run() {
        // :: error: [gil.nogil.use]
        world.get();
      }
    }).start();
  }
}
