// a @NoGil method overridden by one that is not
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilOverriddenByPlain {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Base { @NoGil int hash() { return 1; } }
  static class Derived extends Base {
    @Override
    // :: error: [gil.override.nogil]
    int hash() { return 2; }
  }
}
