// pattern matching on @Ungil values in a lock-free lambda
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsInstanceofOnUngilInLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int run(GilToken gil, Object o) {
    return gil.allowThreads(() -> o instanceof String s ? s.length() : 0); // ok: o is @Ungil
  }
}
