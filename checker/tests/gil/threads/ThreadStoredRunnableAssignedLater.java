// a Runnable variable assigned a capturing lambda after its declaration
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ThreadStoredRunnableAssignedLater {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void spawn(Foo world) {
    Runnable job;
    job = () -> world.get();
    // :: error: [gil.nogil.argument]
    new Thread(job).start();
  }
}
