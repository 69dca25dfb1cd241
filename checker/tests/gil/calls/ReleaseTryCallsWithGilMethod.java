// a @WithGil method called inside try (GilRelease ..)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ReleaseTryCallsWithGilMethod {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Service { @WithGil void update() {} }
  void work(GilToken gil, Service service) {
    try (GilRelease released = gil.release()) {
      // :: error: [gil.nogil.call.withgil]
      service.update();
    }
  }
}
