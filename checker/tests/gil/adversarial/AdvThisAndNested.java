// this, outer this, inner, local and anonymous classes in lock-free sections
import java.util.*;
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilBound
class AdvThisAndNested {
  int n;
  final int fixed = 2;
  final String label = "w";
  String mutable = "m";

  void fields(ExecutorService pool) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> n);
    pool.submit(() -> fixed + label.length()); // ok: final @Ungil fields
    // :: error: [gil.nogil.use]
    pool.submit(() -> mutable.length());
    // :: error: [gil.nogil.call]
    pool.submit(() -> bump());
    // :: error: [gil.nogil.use]
    pool.submit(this::bump);
    // :: error: [gil.nogil.use]
    pool.submit(() -> System.out.println(this));
  }

  void bump() { n++; }

  class Inner {
    int read() { return n; }
    void leak(ExecutorService pool) {
      // :: error: [gil.nogil.use]
      pool.submit(() -> AdvThisAndNested.this.n);
    }
  }

  static class Nested {
    int k;
    void free(ExecutorService pool) {
      pool.submit(() -> k); // ok: a static nested class is not lock-bound
    }
  }

  void anonymous(GilToken gil, Doc doc) {
    gil.allowThreads(
        new NoGilRunnable<RuntimeException>() {
          @Override
          public void run() {
            // :: error: [gil.nogil.use]
            doc.touch();
          }
        });
  }

  void localClass(ExecutorService pool, Doc doc) {
    pool.submit(
        () -> {
          class Local {
            int get() {
              // :: error: [gil.nogil.use]
              return doc.n;
            }
          }
          // :: error: [gil.nogil.use]
          return new Local().get(); // a local class of a lock-bound class holds the outer this
        });
  }

  void lambdaInLambda(ExecutorService pool, List<String> names, Doc doc) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> names.forEach(s -> doc.touch()));
    pool.submit(() -> Gil.withGil(g -> doc.size())); // ok: named only inside a nested held section
    pool.submit(
        () -> {
          // :: error: [gil.nogil.use]
          Runnable r = () -> System.out.println(doc.n);
        });
  }
}
