// a @WithGil method called lock-free, not via the wrapper
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CallWithGilMethodDirectly {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Service { @WithGil int update() { return 1; } }
  int run(GilToken gil, Service service) {
    // :: error: [gil.nogil.call.withgil]
    return gil.allowThreads(() -> service.update());
  }
}
