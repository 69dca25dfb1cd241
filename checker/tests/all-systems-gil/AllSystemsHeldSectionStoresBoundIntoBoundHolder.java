// storing lock-bound values into lock-bound holders in held code
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsHeldSectionStoresBoundIntoBoundHolder {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void collect(GilToken gil, Foo foo, Map<String, Foo> byName, Foo[] slots) {
    byName.put("foo", foo);
    slots[0] = foo;
    java.util.concurrent.atomic.AtomicReference<Foo> ref = new java.util.concurrent.atomic.AtomicReference<>();
    ref.set(foo); // ok: every holder is lock-bound
  }
}
