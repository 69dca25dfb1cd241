// a @NoGil method reads a final @Ungil field through this.
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilReadsFinalFieldThroughThis {
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
    final String name = "c";
    @NoGil int twice() { return this.limit * 2 + this.name.length(); } // ok: immutable fields
  }
}
