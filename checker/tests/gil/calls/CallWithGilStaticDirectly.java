// a static @WithGil method called lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CallWithGilStaticDirectly {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @WithGil static int update() { return 1; }
  @NoGil static int run() {
    // :: error: [gil.nogil.call.withgil]
    return update();
  }
}
