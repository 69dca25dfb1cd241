// implementing a @GilBound interface makes a class lock-bound
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsCapturesBoundInterfaceImpl {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound interface Handle { int id(); }
  static class Impl implements Handle { public int id() { return 1; } }
  int id(GilToken gil, Impl impl) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> impl.id());
  }
}
