// a method reference to a static @NoGil method passed to allowThreads
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsStaticNoGilMethodReference {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @NoGil static int compute() { return 42; }
  int run(GilToken gil) {
    return gil.allowThreads(AllSystemsStaticNoGilMethodReference::compute); // ok
  }
}
