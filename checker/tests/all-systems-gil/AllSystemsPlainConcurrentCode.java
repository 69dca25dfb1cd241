// code that never mentions gil4j gets no diagnostic
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsPlainConcurrentCode {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Object cache;
  final List<Object> shared = new ArrayList<>();
  void plain(ExecutorService pool, List<String> names) throws Exception {
    StringBuilder sb = new StringBuilder();
    pool.submit(() -> sb.append("x")).get();
    names.parallelStream().map(String::length).forEach(shared::add);
    new Thread(() -> shared.add(sb)).start();
    cache = sb;
    Object[] slots = new Object[1];
    slots[0] = names;
  }
}
