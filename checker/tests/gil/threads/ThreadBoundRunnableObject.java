// a lock-bound Runnable object handed to a thread
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ThreadBoundRunnableObject {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class Job implements Runnable { public void run() {} }
  void spawn(Job job) {
    // :: error: [gil.nogil.argument]
    new Thread(job).start();
  }
}
