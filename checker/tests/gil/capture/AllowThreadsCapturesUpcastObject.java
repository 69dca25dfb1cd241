// an upcast never launders boundness
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsCapturesUpcastObject {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int hash(GilToken gil, Foo foo) {
    Object o = foo;
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> o.hashCode());
  }
}
