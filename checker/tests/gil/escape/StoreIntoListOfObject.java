// a lock-bound value added to a List<Object>
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreIntoListOfObject {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void keep(List<Object> all, Foo foo) {
    // :: error: [gil.escape.store]
    all.add(foo);
  }
}
