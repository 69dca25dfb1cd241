// unusual syntax inside and around sections: no crash, exact diagnostics
import java.io.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvSyntax {
  static class Base {
    int value() { return 1; }
  }

  static class Child extends Base {
    @Override int value() { return 2; }
    void run(GilToken gil) {
      gil.allowThreads(() -> super.value()); // ok: not lock-bound
      IntSupplier s = super::value;
      gil.allowThreads(() -> s.getAsInt());
    }
  }

  void forms(GilToken gil, Doc doc, ExecutorService pool) throws Exception {
    record Local(int n) {}
    enum Kind { A, B }
    interface Step { int apply(int x); }
    Local l = new Local(doc.n);
    gil.allowThreads(() -> l.n() + Kind.A.ordinal()); // ok: local record and enum
    Step st = x -> x + 1;
    gil.allowThreads(() -> st.apply(2)); // ok
    // :: error: [gil.nogil.use]
    pool.submit((Runnable & Serializable) () -> doc.touch());
    IntFunction<Doc[]> mk = Doc[]::new;
    gil.allowThreads(() -> mk.apply(2).length); // ok: an empty array... of a bound type
    Function<Integer, int[]> ints = int[]::new;
    gil.allowThreads(() -> ints.apply(3).length); // ok
    BiFunction<Integer, Integer, Integer> add = (var a, var b) -> a + b;
    gil.allowThreads(() -> add.apply(1, 2)); // ok
    String text = """
        block
        """;
    gil.allowThreads(() -> text.length()); // ok
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (j == i) continue outer;
      }
    }
    int[][] grid = new int[2][3];
    gil.allowThreads(() -> grid[1][2]); // ok
    Object anon = new Object() {
      int k;
      { k = 3; }
    };
    gil.allowThreads(() -> anon.hashCode()); // ok: an anonymous Object touching nothing bound
    StringWriter w = new StringWriter();
    try (w) {
      gil.allowThreads(() -> w.toString()); // ok
    }
    gil.allowThreads(() -> {
      assert text != null : "text";
      return Optional.<String>empty().orElse("e");
    });
    Comparator<String> byLen = Comparator.comparing(String::length);
    gil.allowThreads(() -> byLen.compare("a", "bb"));
  }

  <T extends Doc> void bounded(GilToken gil, T t) {
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> t.n);
  }

  <T> void unboundedTypeVar(GilToken gil, T t) {
    gil.allowThreads(() -> t.hashCode()); // ok: T is not lock-bound here
  }

  void caller(GilToken gil, Doc doc) {
    unboundedTypeVar(gil, doc); // ok: held, and T's code only looks
  }
}
