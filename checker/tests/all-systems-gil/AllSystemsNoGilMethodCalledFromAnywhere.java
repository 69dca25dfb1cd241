// calls to @NoGil methods from lock-free and held code
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilMethodCalledFromAnywhere {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @NoGil static int pureSum(int a, int b) { return a + b; }
  int run(GilToken gil, Foo foo) {
    int held = pureSum(1, foo.get());
    return gil.allowThreads(() -> pureSum(held, 2)); // ok: @NoGil callee
  }
}
