// a local that may hold the raw object is not a wrapper
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CallThroughLocalNotAlwaysWrapper {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  interface Api { @WithGil int call(); }
  @GilGenerated(wrapping = Api.class)
  static final class Api_Gil implements Api {
    private final Api delegate;
    Api_Gil(Api delegate) { this.delegate = delegate; }
    @Override public int call() { return delegate.call(); }
  }
  void spawn(Api raw, boolean wrap) {
    Api api = wrap ? new Api_Gil(raw) : raw;
    // :: error: [gil.nogil.call.withgil]
    new Thread(() -> api.call()).start();
  }
}
