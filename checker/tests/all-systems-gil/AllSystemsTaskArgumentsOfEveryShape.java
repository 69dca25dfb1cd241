// casts, conditionals and calls as task-list arguments
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsTaskArgumentsOfEveryShape {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @SuppressWarnings("unchecked")
  void run(ExecutorService pool, ForkJoinPool fj, List<Callable<Integer>> a, boolean flag)
      throws Exception {
    pool.invokeAll(flag ? a : List.of());
    pool.invokeAll((Collection<Callable<Integer>>) (Object) a);
    pool.invokeAll(new ArrayList<>(a));
    fj.invoke(flag ? ForkJoinTask.adapt(() -> 1) : ForkJoinTask.adapt(() -> 2)); // ok
  }
}
