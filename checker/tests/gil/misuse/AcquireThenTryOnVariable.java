// acquiring first and naming the variable in try (..) later
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcquireThenTryOnVariable {
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
    try (gil) {
      gil.checkpoint();
    }
  }
}
