// a method of a lock-bound value returned by a plain call
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CallOnBoundReturnValue {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Foo lookup() { return null; }
  @NoGil static int run() {
    // :: error: [gil.nogil.call]
    return lookup().get();
  }
}
