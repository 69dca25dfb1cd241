// method references on array and parameterized types, class literals, initializers, enums with bodies, records, labels, text blocks, local records
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsUnusualSyntax {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static final java.util.function.Supplier<List<String>> S = ArrayList::new;
  final Runnable r = () -> System.out.println("x");
  { int x = 1; }
  static { int y = 2; }
  enum Mode { A { int f() { return 1; } }, B; int f() { return 0; } }
  @interface Marker { int value() default 1; }
  record Point(int x, int y) { Point { if (x < 0) throw new IllegalArgumentException(); } }
  sealed interface Shape permits Sq {}
  record Sq(int side) implements Shape {}

  int run(GilToken gil, ExecutorService pool, List<Integer> xs) throws Exception {
    java.util.function.IntFunction<int[]> mk = int[]::new;
    Class<?> k = Foo.class;
    java.util.function.Function<Integer, List<String>> mk2 = ArrayList<String>::new;
    Object arr0 = new Object[] {Foo.class, int.class};
    java.util.function.Function<Object, String> f = String::valueOf;
    java.util.function.Supplier<String> sup = super::toString;
    java.util.function.BiFunction<Object, Object, Boolean> eq = Objects::equals;
    try (var released = gil.release()) {
      int n = xs.size();
    }
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (j == 1) continue outer;
      }
    }
    Object o = new Sq(2);
    String s = o instanceof Sq q ? "sq" + q.side() : """
        text""";
    record Local(int a) {}
    var l = new Local(3);
    int[] arr = Stream.of(1, 2).mapToInt(Integer::intValue).toArray();
    Callable<int[]> c = () -> mk.apply(3);
    pool.submit(c);
    return gil.allowThreads(() -> {
      java.util.function.Supplier<int[]> g = () -> new int[2];
      return g.get().length + l.a() + arr.length + Mode.A.f(); // ok: all @Ungil
    });
  }
}
