// an unannotated class with a lock-bound instance field
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class UnannotatedClassBoundField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Holder {
    // :: error: [gil.class.field]
    Foo foo;
  }
}
