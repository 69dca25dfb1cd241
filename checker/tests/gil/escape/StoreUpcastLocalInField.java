// an upcast local keeps its boundness when stored
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StoreUpcastLocalInField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  Object kept;
  void keep(Foo foo) {
    Object o = foo;
    // :: error: [gil.escape.store]
    this.kept = o;
  }
}
