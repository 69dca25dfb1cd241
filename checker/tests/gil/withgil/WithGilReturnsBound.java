// Gil.withGil(gil -> boundThing)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class WithGilReturnsBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  Object leak(Foo boundThing) {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> boundThing);
  }
}
