// more forms: user @NoGil parameters, throws, synchronized, instanceof, concatenation, returns
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvMore {
  static Doc cached;

  @GilBound
  static class BoundError extends RuntimeException {}

  static <T> T run(@NoGil Supplier<T> body) { return body.get(); }
  static void later(@NoGil Runnable body) {}

  static class Runner {
    void go(@NoGil Runnable r) {}
  }

  static class SubRunner extends Runner {
    @Override void go(Runnable r) {}
  }

  void userEntryPoints(Doc doc, SubRunner sub, Optional<Doc> maybe) {
    // :: error: [gil.nogil.use]
    run(() -> doc.n);
    // :: error: [gil.nogil.use]
    later(doc::touch);
    // :: error: [gil.nogil.use]
    later(() -> cached.touch());
    // :: error: [gil.nogil.use]
    sub.go(() -> System.out.println(doc));
    // :: error: [gil.nogil.use] :: error: [gil.nogil.use]
    later(() -> maybe.ifPresent(d -> d.touch()));
    later(new Runnable() {
      public void run() {
        // :: error: [gil.nogil.use]
        synchronized (doc) {
          System.out.println("x");
        }
      }
    });
  }

  void forms(GilToken gil, Doc doc, List<Doc> docs, Object o) {
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> "doc=" + doc);
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> doc instanceof Object);
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> doc);
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      for (Doc d : docs) {
        System.out.println(d.n);
      }
    });
    gil.allowThreads(() -> {
      if (o instanceof Doc d) {
        // :: error: [gil.nogil.use]
        return d.n;
      }
      return 0;
    });
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      Doc[] copy = {doc};
      return copy.length;
    });
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.call]
      Doc fresh = new Doc();
      // :: error: [gil.nogil.use]
      return fresh.n;
    });
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> Keep.keep(doc).n);
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> Keep.listOf(doc).size());
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> Objects.requireNonNull(doc));
  }

  void throwsBound(GilToken gil, BoundError err) {
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      throw err;
    });
  }

  int shapes(GilToken gil, Shape shape, Square sq) {
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> shape.twice());
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> sq.side);
  }

  void passedOn(ExecutorService pool, Doc doc) {
    Supplier<Integer> s = () -> doc.n;
    // :: error: [gil.nogil.use]
    later(() -> {});  pool.submit(s::get);
  }
}
