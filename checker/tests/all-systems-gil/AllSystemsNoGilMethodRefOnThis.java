// this::compute passed to allowThreads where compute is @NoGil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilMethodRefOnThis {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class Model {
    @NoGil int compute() { return 42; }
    int run(GilToken gil) {
      return gil.allowThreads(this::compute); // ok: @NoGil touches nothing lock-bound
    }
  }
}
