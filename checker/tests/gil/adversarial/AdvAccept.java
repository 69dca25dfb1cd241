// code the contract accepts: no diagnostics
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvAccept {
  static Doc lastDoc;
  static final List<Doc> docs = new ArrayList<>();

  void looks(GilToken gil, Doc doc, Doc other) {
    System.out.println(doc);
    System.out.println("doc " + doc);
    boolean same = doc.equals(other) || Objects.equals(doc, other);
    int h = Objects.hash(doc, other) + doc.hashCode() + System.identityHashCode(doc);
    Objects.requireNonNull(doc);
    String s = String.valueOf(doc) + Objects.toString(doc) + String.format("%s", doc);
    Doc sure = Objects.requireNonNullElse(doc, other);
    List<Doc> mine = List.of(doc, other);
    Optional<Doc> maybe = Optional.of(doc);
    Map<String, Doc> byName = new HashMap<>();
    byName.put("a", doc);
    byName.computeIfAbsent("b", k -> new Doc());
    Box<Doc> box = new Box<>();
    box.set(doc);
    Doc[] arr = {doc, other};
    lastDoc = doc;
    AtomicReference<Doc> ref = new AtomicReference<>(doc);
    int size = List.of(doc).size();
    Collections.addAll(docs, doc, other);
    assert doc != null;
  }

  void handsOnCopies(GilToken gil, Doc doc, ExecutorService pool, Timer timer) {
    pool.submit(new Task(doc.size()));
    new Thread(new Task(doc.n)).start();
    int n = doc.n;
    String t = doc.title;
    pool.submit(() -> n + t.length());
    Unbound<Doc> ref = gil.unbind(doc);
    pool.submit(() -> Gil.withGil(g -> ref.bind(g).n));
    CompletableFuture.supplyAsync(() -> n).thenApply(x -> x + 1).thenAccept(System.out::println);
    List<String> names = docs.stream().map(d -> d.name).collect(Collectors.toList());
    pool.submit(() -> names.size());
    StringBuilder sb = new StringBuilder();
    AtomicInteger counter = new AtomicInteger();
    pool.submit(() -> { sb.append('x'); counter.incrementAndGet(); });
    timer.schedule(new TimerTask() { public void run() { counter.incrementAndGet(); } }, 1);
  }

  void lockFreeCatches(GilToken gil, int[] data) {
    gil.allowThreads(() -> {
      try {
        return data[0] / data.length;
      } catch (ArithmeticException | IndexOutOfBoundsException e) {
        return -1;
      }
    });
    gil.allowThreads(() -> {
      Object o = data;
      if (o instanceof int[] ints && ints.length > 0) {
        return ints[0];
      }
      return switch (data.length) { case 0 -> 0; default -> 1; };
    });
  }

  int reentrant(GilToken gil, Doc doc) {
    return Gil.withGil(g -> Gil.withGil(h -> doc.n));
  }

  int withGilCopies(Doc doc) {
    String s = Gil.withGil(g -> doc.title);
    Unbound<Doc> u = Gil.withGil(g -> g.unbind(doc));
    Point p = Gil.withGil(g -> new Point(doc.n, 2));
    Object nothing = Gil.withGil(g -> null);
    return Gil.withGil(g -> doc.n);
  }

  void heldSections(Doc doc, List<Doc> list) {
    Gil.runWithGil(g -> {
      doc.touch();
      list.forEach(Doc::touch);
      list.parallelStream().sequential().forEach(d -> d.touch());
      Runnable r = new Runnable() { public void run() { doc.touch(); } };
      r.run();
    });
    try (GilToken g = Gil.acquire()) {
      doc.touch();
      try (GilRelease r = g.release()) {
        Gil.runWithGil(h -> doc.touch());
      }
    }
  }

  void unknownCode(Doc doc, ExecutorService pool) {
    Doc fresh = new Doc();
    fresh.touch();
    doc.touch();
    pool.submit(() -> 1 + 2);
  }

  @NoGil
  static int pureWork(int[] data) {
    int sum = 0;
    for (int v : data) {
      sum += v;
    }
    return sum + Doc.answer() + helper(sum);
  }

  @NoGil
  static int helper(int x) {
    return x * 2;
  }

  void noGilMethodRefs(GilToken gil, Doc doc, int[] data) {
    gil.allowThreads(() -> pureWork(data));
    gil.allowThreads(() -> doc.pure());
    IntUnaryOperator op = AdvAccept::helper;
    gil.allowThreads(() -> op.applyAsInt(2));
    Runnable plain = () -> System.out.println(data.length);
    new Thread(plain).start();
  }
}

interface AdvPlugin {
  default void run(GilToken gil, Doc doc) {
    doc.touch(); // held: takes a token
  }
}

enum AdvLevel {
  LOW(1), HIGH(2);
  final int weight;
  AdvLevel(int w) { weight = w; }
}

record AdvSnapshot(int n, String title, Unbound<Doc> ref) {}

class AdvNoGilLibrary {
  static final ExecutorService POOL = Executors.newFixedThreadPool(2);
  static Future<Integer> run(List<Integer> xs) {
    return POOL.submit(() -> xs.stream().mapToInt(Integer::intValue).sum());
  }
}
