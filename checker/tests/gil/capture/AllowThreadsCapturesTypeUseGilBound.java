// @GilBound written at a use makes the value lock-bound
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsCapturesTypeUseGilBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int hash(GilToken gil, @GilBound Object handle) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> handle.hashCode());
  }
}
