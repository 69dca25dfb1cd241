// new Thread(ThreadGroup, Runnable)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ThreadLambdaWithGroup {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void spawn(Foo world, ThreadGroup group) {
    // :: error: [gil.nogil.use]
    new Thread(group, () -> world.get()).start();
  }
}
