// ordinary mutable @Ungil objects captured lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsUngilMutableCaptured {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void fill(GilToken gil) {
    List<Integer> out = new ArrayList<>();
    gil.allowThreads(() -> { out.add(1); }); // ok: data races on @Ungil objects are not gil4j's business
  }
}
