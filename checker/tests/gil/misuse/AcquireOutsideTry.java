// Gil.acquire() not in a try-with-resources header
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcquireOutsideTry {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void lock() {
    // :: error: [gil.acquire.outside.try]
    GilToken gil = Gil.acquire();
    gil.close();
  }
}
