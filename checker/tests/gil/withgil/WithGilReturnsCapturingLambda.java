// a lambda that captured a lock-bound value returned out of withGil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class WithGilReturnsCapturingLambda {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  Runnable leak(Foo foo) {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> () -> foo.get());
  }
}
