// a @NoGil method of a lock-bound object called lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilMethodOnBoundReceiver {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int run(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.pure()); // ok: @NoGil method touches nothing lock-bound
  }
}
