// harder forms: generic methods of one's own, holders of code, interfaces, enums, records, nesting
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvHard {
  static List<Object> sink = new ArrayList<>();
  static List<Runnable> jobs = new ArrayList<>();
  static Map<String, Supplier<Object>> makers = new HashMap<>();

  static <T> void stash(List<T> into, T value) { into.add(value); }
  static <T> T first(List<? extends T> xs) { return xs.get(0); }

  void ownGenerics(Doc doc, List<Doc> docs) {
    // :: error: [gil.escape.store]
    stash(sink, doc);
    List<Doc> mine = new ArrayList<>();
    stash(mine, doc); // ok: T is Doc
    // :: error: [gil.escape.store]
    sink.add(first(docs));
    Doc d = first(docs); // ok: a bound local
    // :: error: [gil.escape.store]
    jobs.add(() -> doc.touch());
    jobs.add(() -> System.out.println("plain")); // ok
    // :: error: [gil.escape.store]
    makers.put("doc", () -> doc);
    // :: error: [gil.escape.store]
    sink.addAll(docs);
    // :: error: [gil.escape.store]
    sink.add(docs);
  }

  void codeInLambdaInLambda(GilToken gil, Doc doc, ExecutorService pool) {
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      pool.submit(() -> doc.n);
      Gil.runWithGil(g -> {
        doc.touch(); // ok: a nested held section
        // :: error: [gil.nogil.use]
        pool.submit(() -> doc.n);
      });
    });
  }

  void releaseInsideHeldInsideRelease(GilToken gil, Doc doc) {
    try (GilRelease r = gil.release()) {
      Gil.runWithGil(g -> {
        doc.touch(); // ok
        try (GilRelease r2 = g.release()) {
          // :: error: [gil.nogil.use]
          int n = doc.n;
        }
        g.allowThreads(() -> {
          // :: error: [gil.nogil.use]
          return doc.n;
        });
      });
    }
  }

  enum Op implements IntUnaryOperator {
    INC { public int applyAsInt(int x) { return x + 1; } };
  }

  void enumsAndRecords(GilToken gil, Cell cell, Point p, Color color) {
    gil.allowThreads(() -> p.x() + p.y()); // ok: an @Ungil record
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> cell.v());
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> color.ordinal());
    // :: error: [gil.nogil.use]
    gil.allowThreads(() -> Color.GREEN);
    gil.allowThreads(() -> Op.INC.applyAsInt(1)); // ok: a plain enum
  }

  int defaultMethods(GilToken gil, Shape s) {
    return gil.allowThreads(
        () -> {
          Shape local = () -> 4;
          // :: error: [gil.nogil.use]
          return local.twice();
        });
  }

  void streamFromMethod(List<Doc> docs) {
    Gil.runWithGil(g -> {
      docs.stream().forEach(d -> d.touch()); // ok: sequential
      Stream<Doc> s = flag() ? docs.stream() : docs.parallelStream();
      // :: error: [gil.nogil.use]
      s.forEach(d -> d.touch());
    });
  }

  static boolean flag() { return true; }
}
