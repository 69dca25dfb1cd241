// a method reference passed to withGil that returns a lock-bound value
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class WithGilMethodReferenceReturnsBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Foo lookup(GilToken gil) { return Foo.make(); }
  Object leak() {
    // :: error: [gil.withgil.result]
    return Gil.withGil(WithGilMethodReferenceReturnsBound::lookup);
  }
}
