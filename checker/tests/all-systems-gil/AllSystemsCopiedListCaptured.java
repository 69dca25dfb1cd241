// a List<Integer> copy of lock-bound data
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsCopiedListCaptured {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int total(GilToken gil, List<Foo> foos) {
    List<Integer> values = new ArrayList<>();
    for (Foo f : foos) {
      values.add(f.get());
    }
    return gil.allowThreads(() -> values.stream().mapToInt(Integer::intValue).sum()); // ok
  }
}
