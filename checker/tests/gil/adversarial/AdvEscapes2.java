// escapes through less common holders and generic forms
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvEscapes2 {
  static final Map<Object, String> BY_KEY = new HashMap<>();
  static final Exchanger<Object> SWAP = new Exchanger<>();
  final CompletableFuture<Object> result = new CompletableFuture<>();
  static Object[] slots = new Object[4];
  static volatile Object last;

  void more(Doc doc, List<Doc> docs, SynchronousQueue<Object> q, AtomicReferenceArray<Object> arr,
      ConcurrentHashMap<String, Object> chm, Map<String, List<Object>> groups) throws Exception {
    // :: error: [gil.escape.store]
    BY_KEY.put(doc, "k");
    // :: error: [gil.escape.store]
    result.complete(doc);
    // :: error: [gil.escape.store]
    q.put(doc);
    // :: error: [gil.escape.store]
    arr.set(0, doc);
    // :: error: [gil.escape.store]
    chm.putIfAbsent("k", doc);
    // :: error: [gil.escape.store]
    groups.computeIfAbsent("g", k -> new ArrayList<>()).add(doc);
    // :: error: [gil.escape.store]
    slots[1] = docs.get(0);
    // :: error: [gil.escape.store]
    last = docs.isEmpty() ? null : docs.get(0);
    // :: error: [gil.escape.store]
    List<Object> copy = new ArrayList<>(docs);
    // :: error: [gil.escape.store]
    Map<String, Object> m = Map.of("d", doc);
    BY_KEY.put(doc.name, "k"); // ok: a final String
    Map<Doc, String> own = new HashMap<>();
    own.put(doc, "k"); // ok: the map's key type is lock-bound
    List<Doc> mine = new ArrayList<>(docs); // ok
  }

  Object withGil2(Doc doc, List<Doc> docs) {
    // :: error: [gil.withgil.result]
    Object a = Gil.withGil(g -> docs.get(0));
    // :: error: [gil.withgil.result]
    Object b = Gil.withGil(g -> (Runnable) () -> doc.touch());
    // :: error: [gil.withgil.result]
    Object c = Gil.withGil(g -> g);
    Object d = Gil.withGil(g -> (Runnable) () -> System.out.println("x")); // ok
    Object e = Gil.withGil(g -> docs.stream().map(x -> x.name).toList()); // ok
    return Gil.withGil(g -> Optional.of(doc.n)); // ok
  }
}
