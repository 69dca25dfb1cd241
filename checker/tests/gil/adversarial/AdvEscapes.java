// every way a lock-bound value is kept beyond its held section
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvEscapes {
  static Object shared;
  Object slot;
  static final List<Object> BAG = new ArrayList<>();
  final Map<String, Object> byName = new HashMap<>();
  final ThreadLocal<Object> local = new ThreadLocal<>();
  final AtomicReference<Object> ref = new AtomicReference<>();
  Runnable later;
  final List<Callable<Integer>> tasks = new ArrayList<>();

  void stores(GilToken gil, Doc doc, Object[] objects, boolean f, int k) {
    // :: error: [gil.escape.store]
    shared = doc;
    // :: error: [gil.escape.store]
    this.slot = f ? doc : null;
    // :: error: [gil.escape.store]
    objects[0] = (Object) doc;
    // :: error: [gil.escape.store]
    slot = switch (k) { case 0 -> doc; default -> "none"; };
    // :: error: [gil.escape.store]
    shared = Registry.fetch(gil);
    Object up = doc;
    // :: error: [gil.escape.store]
    slot = up;
  }

  void holders(Doc doc, List<Object> objects, Deque<Object> deque, BlockingQueue<Object> queue) {
    // :: error: [gil.escape.store]
    objects.add(doc);
    // :: error: [gil.escape.store]
    byName.put("d", doc);
    // :: error: [gil.escape.store]
    local.set(doc);
    // :: error: [gil.escape.store]
    ref.set(doc);
    // :: error: [gil.escape.store]
    deque.push(doc);
    // :: error: [gil.escape.store]
    queue.offer(doc);
    // :: error: [gil.escape.store]
    objects.set(0, doc);
    // :: error: [gil.escape.store]
    BAG.add(doc);
  }

  void builtHolders(Doc doc) {
    // :: error: [gil.escape.store]
    Object[] a = {doc};
    // :: error: [gil.escape.store]
    Object[] b = new Object[] {1, doc};
    // :: error: [gil.escape.store]
    List<Object> c = Arrays.asList(doc);
    // :: error: [gil.escape.store]
    List<Object> d = List.of(doc);
    // :: error: [gil.escape.store]
    Set<Object> e = Set.of(doc, "x");
    // :: error: [gil.escape.store]
    Optional<Object> g = Optional.of(doc);
    // :: error: [gil.escape.store]
    CompletableFuture<Object> h = CompletableFuture.completedFuture(doc);
    // :: error: [gil.escape.store]
    AtomicReference<Object> i = new AtomicReference<>(doc);
    List<Object> j = new ArrayList<>();
    // :: error: [gil.escape.store]
    Collections.addAll(j, doc);
    // :: error: [gil.escape.store]
    Keep.stash = Keep.<Object>keep(doc);
    // :: error: [gil.escape.store]
    Box<Object> box = new Box<>(); box.set(doc);
  }

  void sameValueTwice(Doc doc) {
    // :: error: [gil.escape.store]
    Set<Object> s = Set.of(doc, doc);
    // :: error: [gil.escape.store]
    List<Object> l = List.of(doc, doc, doc);
  }

  void functionsKept(Doc doc, Map<String, Object> cache) {
    // :: error: [gil.escape.store]
    cache.computeIfAbsent("k", x -> doc);
    // :: error: [gil.escape.store]
    cache.compute("k", (x, old) -> doc);
    // :: error: [gil.escape.store]
    cache.merge("k", doc, (p, q) -> p);
    // :: error: [gil.escape.store]
    cache.computeIfPresent("k", (x, old) -> Registry.global());
  }

  void codeKept(Doc doc, ExecutorService pool) throws Exception {
    // :: error: [gil.escape.store]
    later = () -> doc.touch();
    // :: error: [gil.escape.store]
    tasks.add(() -> doc.n);
    pool.invokeAll(tasks);
    Runnable r = doc::touch;
    // :: error: [gil.nogil.argument]
    pool.execute(r);
    Callable<Integer> c = new Callable<>() {
      public Integer call() { return doc.n; }
    };
    // :: error: [gil.nogil.argument]
    pool.submit(c);
    Runnable maybe = doc.n > 0 ? () -> doc.touch() : () -> {};
    // :: error: [gil.nogil.argument]
    new Thread(maybe).start();
  }

  Object withGilResults(Doc doc, boolean f, int k) {
    // :: error: [gil.withgil.result]
    Object a = Gil.withGil(g -> doc);
    // :: error: [gil.withgil.result]
    Object b = Gil.withGil(g -> f ? doc : null);
    // :: error: [gil.withgil.result]
    Object c = Gil.withGil(g -> (Object) doc);
    // :: error: [gil.withgil.result]
    Object d = Gil.withGil(g -> Registry.global());
    // :: error: [gil.withgil.result]
    Object e = Gil.withGil(Registry::fetch);
    // :: error: [gil.withgil.result]
    Object h = Gil.withGil(g -> List.of(doc));
    Object i = Gil.withGil(g -> {
      if (f) {
        // :: error: [gil.withgil.result]
        return doc;
      }
      return "none";
    });
    return null;
  }
}
