// a lock-bound value stored in an Object[]
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreIntoObjectArray {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void keep(Object[] slots, Foo foo) {
    // :: error: [gil.escape.store]
    slots[0] = foo;
  }
}
