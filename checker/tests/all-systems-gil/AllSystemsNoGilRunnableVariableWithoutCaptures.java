// a stored lambda that captures only @Ungil values
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilRunnableVariableWithoutCaptures {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void run(GilToken gil, ExecutorService pool) {
    int n = 3;
    Callable<Integer> task = () -> n * 2;
    pool.submit(task); // ok: captures a primitive
    gil.allowThreads(() -> n + 1);
  }
}
