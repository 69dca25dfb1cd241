// a @WithGil method overridden by one that is not
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class WithGilOverriddenByPlain {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Base { @WithGil void tick() {} }
  static class Derived extends Base {
    @Override
    // :: error: [gil.override.withgil]
    void tick() {}
  }
}
