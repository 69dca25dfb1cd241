// a method reference to a @WithGil method passed to allowThreads
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CallWithGilMethodReference {
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
    return gil.allowThreads(service::update);
  }
}
