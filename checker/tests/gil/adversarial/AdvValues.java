// values that are lock-bound whatever produced them, used in lock-free sections
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvValues {
  Registry registry = new Registry();

  void fromResults(ExecutorService pool, Supplier<Doc> sup, Object o, boolean f, Doc a, Doc b, int k) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> registry.current().n);
    // :: error: [gil.nogil.call]
    pool.submit(() -> registry.current().size());
    // :: error: [gil.nogil.use]
    pool.submit(() -> sup.get().n);
    // :: error: [gil.nogil.call]
    pool.submit(() -> ((Doc) o).size());
    // :: error: [gil.nogil.use] :: error: [gil.nogil.use]
    pool.submit(() -> (f ? a : b).n);
    pool.submit(() -> {
      // :: error: [gil.nogil.use] :: error: [gil.nogil.use]
      return (switch (k) { case 1 -> a; default -> b; }).n;
    });
    // :: error: [gil.nogil.call]
    pool.submit(() -> Registry.global().touch());
  }

  void erasedLocals(ExecutorService pool) {
    pool.submit(() -> {
      Object x = registry.current();
      // :: error: [gil.nogil.use]
      return x.hashCode();
    });
    pool.submit(() -> {
      var d = registry.current();
      // :: error: [gil.nogil.use]
      d.touch();
    });
  }

  void upcastCapture(ExecutorService pool, Doc doc) {
    Object o = doc;
    // :: error: [gil.nogil.use]
    pool.submit(() -> o.toString());
    Object[] arr = new Object[] {1};
    Doc[] docs = {doc};
    // :: error: [gil.nogil.use]
    pool.submit(() -> docs[0].n);
    pool.submit(() -> arr.length); // ok: an Object[] holding an Integer
  }

  void oneErrorPerValue(ExecutorService pool, Doc doc) {
    pool.submit(() -> {
      // :: error: [gil.nogil.use]
      int s = doc.n + doc.n + doc.n;
      doc.n = s;
      return s;
    });
  }

  void ungilFromBound(GilToken gil, Doc doc, List<Doc> docs) {
    int n = doc.n;
    String t = doc.title;
    gil.allowThreads(() -> n + t.length()); // ok: @Ungil copies
    for (Doc d : docs) {
      int m = d.n;
      gil.allowThreads(() -> m * 2); // ok: the loop's copy is an int
    }
    gil.allowThreads(() -> doc.size); // ok: a final int field
    gil.allowThreads(() -> doc.name.length()); // ok: a final String field
  }
}
