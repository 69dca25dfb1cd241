// a @NoGil method that re-acquires with try-with-resources
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilMethodAcquiresInTry {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Foo shared = Foo.make();
  @NoGil static int run() {
    int n = 3;
    try (GilToken gil = Gil.acquire()) {
      return n + shared.get(); // ok: held inside the try
    }
  }
}
