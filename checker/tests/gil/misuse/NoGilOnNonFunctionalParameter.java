// @NoGil on a parameter that is not a functional interface
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilOnNonFunctionalParameter {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  // :: error: [gil.nogil.notfunctional]
  void run(@NoGil String name) {}
}
