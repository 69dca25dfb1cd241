// sequential() after parallel() makes the lambdas inline again
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsSequentialAfterParallel {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int sum(GilToken gil, List<Integer> xs, Foo foo) {
    return xs.stream().parallel().sequential().mapToInt(x -> x + foo.get()).sum(); // ok: sequential
  }
}
