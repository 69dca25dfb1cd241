// a task list built first, then handed to invokeAll: the store of the capturing lambda into the List<Callable<Integer>> is the escape
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ExecutorInvokeAllPrebuiltTasks {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void tick(ExecutorService executor, Foo world) throws InterruptedException {
    // :: error: [gil.escape.store]
    List<Callable<Integer>> tasks = List.of(() -> world.get(), () -> 2);
    executor.invokeAll(tasks);
  }
}
