// a lock-bound value set into a ThreadLocal<Object>
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreIntoThreadLocal {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static final ThreadLocal<Object> LOCAL = new ThreadLocal<>();
  void keep(Foo foo) {
    // :: error: [gil.escape.store]
    LOCAL.set(foo);
  }
}
