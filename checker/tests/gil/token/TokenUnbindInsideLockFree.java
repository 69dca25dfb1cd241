// gil.unbind(..) inside a lock-free lambda
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenUnbindInsideLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void detach(GilToken gil, String s) {
    // :: error: [gil.nogil.token]
    gil.allowThreads(() -> gil.unbind(s));
  }
}
