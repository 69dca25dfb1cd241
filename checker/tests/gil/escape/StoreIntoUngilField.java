// a lock-bound value stored in a field of an @Ungil class
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreIntoUngilField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @Ungil static class Holder { Object value; }
  void keep(Holder holder, Foo foo) {
    // :: error: [gil.escape.store]
    holder.value = foo;
  }
}
