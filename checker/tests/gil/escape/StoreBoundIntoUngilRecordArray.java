// a lock-bound value stored into a Runnable[] through a capturing lambda
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreBoundIntoUngilRecordArray {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void keep(Runnable[] jobs, Foo foo) {
    // :: error: [gil.escape.store]
    jobs[0] = () -> foo.get();
  }
}
