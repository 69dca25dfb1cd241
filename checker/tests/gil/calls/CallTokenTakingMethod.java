// a method taking a GilToken called lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CallTokenTakingMethod {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static int helper(GilToken gil, int x) { return x; }
  @NoGil static int run() {
    // :: error: [gil.nogil.call.token]
    return helper(null, 1);
  }
}
