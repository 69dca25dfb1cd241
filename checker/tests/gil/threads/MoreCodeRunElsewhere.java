// code the JDK runs on other threads beyond executors: thread-local initial values, cleaners,
// publishers' consumers, ConcurrentHashMap's parallel bulk operations
import java.lang.ref.Cleaner;
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class MoreCodeRunElsewhere {
  @GilBound
  static class Doc {
    int n;
    void touch() { n++; }
  }

  void elsewhere(GilToken gil, Doc doc, ConcurrentHashMap<String, Integer> counts) {
    // :: error: [gil.nogil.use]
    ThreadLocal<Integer> initial = ThreadLocal.withInitial(() -> doc.n);
    // :: error: [gil.nogil.use]
    Cleaner.create().register(new Object(), () -> doc.touch());
    // :: error: [gil.nogil.use]
    new SubmissionPublisher<Integer>().consume(x -> doc.touch());
    // :: error: [gil.nogil.use]
    counts.forEach(1, (k, v) -> doc.touch());
    // :: error: [gil.nogil.use]
    counts.reduceValuesToInt(1, v -> v + doc.n, 0, Integer::sum);
    // :: error: [gil.nogil.use]
    counts.forEachEntry(1, e -> doc.touch());
    // :: error: [gil.nogil.use]
    counts.search(1, (k, v) -> doc.n == v ? k : null);
  }

  void inline(GilToken gil, Doc doc, ConcurrentHashMap<String, Integer> counts) {
    counts.forEach((k, v) -> doc.touch()); // Map.forEach runs on this thread
    counts.computeIfAbsent("a", k -> doc.n);
    int n = doc.n;
    counts.forEach(1, (k, v) -> System.out.println(k + v + n));
    ThreadLocal<Integer> copy = ThreadLocal.withInitial(() -> n);
  }
}
