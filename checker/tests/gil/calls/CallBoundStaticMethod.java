// a static method of a @GilBound class called lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CallBoundStaticMethod {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int run(GilToken gil) {
    // :: error: [gil.nogil.call]
    return gil.allowThreads(() -> Foo.make().hashCode());
  }
}
