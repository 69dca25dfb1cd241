// a @WithGil interface method called through the interface type, not the wrapper type
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilMethodCallsWrappedTypeNotWrapper {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  interface Api { @WithGil int call(); }
  @NoGil static int run(Api api) {
    // :: error: [gil.nogil.call.withgil]
    return api.call();
  }
}
