// a lock-bound value put into a Map<String, Object>
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreIntoMapOfObject {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void keep(Map<String, Object> byName, Foo foo) {
    // :: error: [gil.escape.store]
    byName.put("foo", foo);
  }
}
