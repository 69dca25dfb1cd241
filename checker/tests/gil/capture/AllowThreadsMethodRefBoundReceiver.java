// bound::method passed to allowThreads
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsMethodRefBoundReceiver {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int count(GilToken gil, Foo bound) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(bound::get);
  }
}
