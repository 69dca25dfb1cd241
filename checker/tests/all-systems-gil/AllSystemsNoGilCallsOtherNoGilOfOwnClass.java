// a @NoGil method calling another @NoGil method of its class
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilCallsOtherNoGilOfOwnClass {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class Counter {
    final int limit = 3;
    @NoGil int twice() { return once() * 2; }
    @NoGil int once() { return limit; } // ok: final @Ungil field
  }
}
