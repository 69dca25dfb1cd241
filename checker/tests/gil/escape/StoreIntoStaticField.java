// a lock-bound value stored in a static Object field
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreIntoStaticField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Object cache;
  void keep(Foo foo) {
    // :: error: [gil.escape.store]
    cache = foo;
  }
}
