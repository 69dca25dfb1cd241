// string concatenation calls toString on the lock-bound value
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsStringConcatenation {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  String show(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> "foo=" + foo);
  }
}
