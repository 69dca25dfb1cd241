// the body of try (GilRelease r = Gil.releaseIfHeld()) is lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ReleaseIfHeldTryUsesBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int count(Foo foo) {
    try (GilRelease released = Gil.releaseIfHeld()) {
      // :: error: [gil.nogil.use]
      return foo.get();
    }
  }
}
