// a lock-bound value set into an AtomicReference<Object>
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreIntoAtomicReference {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void keep(java.util.concurrent.atomic.AtomicReference<Object> box, Foo foo) {
    // :: error: [gil.escape.store]
    box.set(foo);
  }
}
