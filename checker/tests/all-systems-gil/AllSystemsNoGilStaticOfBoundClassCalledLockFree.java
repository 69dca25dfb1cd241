// a static @NoGil method of a @GilBound class called lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilStaticOfBoundClassCalledLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class Table {
    @NoGil static int hash(int x) { return x * 31; }
  }
  int run(GilToken gil) {
    return gil.allowThreads(() -> Table.hash(7)); // ok: @NoGil
  }
}
