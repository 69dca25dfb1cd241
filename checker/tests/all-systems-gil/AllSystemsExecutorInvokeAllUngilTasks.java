// a prebuilt task list capturing only @Ungil values
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsExecutorInvokeAllUngilTasks {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void tick(ExecutorService executor, int n) throws InterruptedException {
    List<Callable<Integer>> tasks = List.of(() -> n, () -> n * 2);
    executor.invokeAll(tasks); // ok
  }
}
