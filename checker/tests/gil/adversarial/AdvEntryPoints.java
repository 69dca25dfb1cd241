// APIs that run code on another thread, and the section forms of try-with-resources
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvEntryPoints {
  void threads(Doc doc, ThreadFactory factory, ScheduledExecutorService ses, ForkJoinPool fjp,
      CompletionService<Integer> cs, Timer timer, ThreadPoolExecutor tpe) {
    // :: error: [gil.nogil.use]
    new Thread(() -> doc.touch()).start();
    // :: error: [gil.nogil.use]
    new Thread(doc::touch, "t").start();
    // :: error: [gil.nogil.use]
    factory.newThread(() -> doc.touch());
    // :: error: [gil.nogil.use]
    ses.schedule(() -> doc.n, 1, TimeUnit.SECONDS);
    // :: error: [gil.nogil.use]
    ses.scheduleWithFixedDelay(() -> doc.touch(), 1, 1, TimeUnit.SECONDS);
    // :: error: [gil.nogil.use]
    fjp.submit(() -> doc.n);
    // :: error: [gil.nogil.use]
    fjp.execute(() -> doc.touch());
    // :: error: [gil.nogil.use]
    cs.submit(() -> doc.n);
    // :: error: [gil.nogil.use]
    tpe.execute(() -> doc.touch());
    // :: error: [gil.nogil.use]
    tpe.submit(() -> doc.n);
    timer.schedule(
        new TimerTask() {
          public void run() {
            // :: error: [gil.nogil.use]
            doc.touch();
          }
        },
        10);
    // :: error: [gil.nogil.use]
    Callable<Object> wrapped = Executors.callable(() -> doc.touch());
    // :: error: [gil.nogil.use]
    fjp.invoke(ForkJoinTask.adapt(() -> doc.n));
  }

  void futures(Doc doc, CompletableFuture<String> cf) {
    // :: error: [gil.nogil.use]
    CompletableFuture.supplyAsync(() -> doc.n);
    // :: error: [gil.nogil.use]
    CompletableFuture.runAsync(() -> doc.touch());
    // :: error: [gil.nogil.use]
    cf.thenApply(s -> s + doc.n);
    // :: error: [gil.nogil.use]
    cf.thenAccept(s -> doc.touch());
    // :: error: [gil.nogil.use]
    cf.whenComplete((s, t) -> doc.touch());
    // :: error: [gil.nogil.use]
    cf.handle((s, t) -> doc.n);
    // :: error: [gil.nogil.use]
    cf.exceptionally(t -> doc.title);
    // :: error: [gil.nogil.use]
    cf.thenRunAsync(() -> doc.touch());
    // :: error: [gil.nogil.use]
    cf.thenCompose(s -> CompletableFuture.completedFuture(doc.n));
    cf.thenApply(String::length).thenAccept(n -> System.out.println(n)); // ok: nothing lock-bound
  }

  void parallel(List<Doc> docs, Doc doc, int[] ints, Doc[] arr) {
    // :: error: [gil.nogil.use]
    docs.parallelStream().forEach(d -> d.touch());
    // :: error: [gil.nogil.use]
    docs.stream().parallel().map(d -> d.n).count();
    // :: error: [gil.nogil.use]
    docs.stream().map(d -> d.n).parallel().count();
    docs.parallelStream().sequential().forEach(d -> d.touch()); // ok: the last switch is sequential
    Stream<Doc> kept = docs.stream().parallel();
    // :: error: [gil.nogil.use]
    kept.filter(d -> d.n > 0).count();
    var again = docs.stream();
    var par = again.parallel();
    // :: error: [gil.nogil.use]
    par.forEach(d -> d.touch());
    // :: error: [gil.nogil.use]
    IntStream.range(0, 4).parallel().forEach(i -> doc.touch());
    IntStream.range(0, 4).forEach(i -> doc.touch()); // ok: sequential, runs inline
    // :: error: [gil.nogil.use]
    Arrays.parallelSetAll(ints, i -> doc.n);
    // :: error: [gil.nogil.use] :: error: [gil.nogil.use]
    Arrays.parallelSort(arr, (a, b) -> a.n - b.n);
    Arrays.sort(arr, (a, b) -> a.n - b.n); // ok: runs inline
  }

  void tryForms(GilToken gil, Doc doc) {
    try (GilRelease r = gil.release()) {
      // :: error: [gil.nogil.use]
      doc.touch();
      try (GilToken g = Gil.acquire()) {
        doc.touch(); // ok: re-acquired inside the release scope
        try (var r2 = g.release()) {
          // :: error: [gil.nogil.use]
          System.out.println(doc.n);
        }
      }
    }
    try (GilRelease r = gil.release()) {
      // :: error: [gil.nogil.token]
      gil.checkpoint();
    }
  }

  @NoGil
  static int noGilBody(int x) {
    // :: error: [gil.nogil.use]
    int a = Doc.last.n;
    int b = Doc.count; // ok: a static int
    // :: error: [gil.nogil.call]
    Doc.make();
    int c = Doc.answer(); // ok: a @NoGil static method
    // :: error: [gil.nogil.call.withgil]
    Registry.locked(1);
    // :: error: [gil.nogil.use]
    Color.RED.hits++;
    return a + b + c;
  }

  void tokens(GilToken gil, ExecutorService pool) {
    // :: error: [gil.nogil.token]
    pool.submit(() -> Registry.helper(gil, 1));
    // :: error: [gil.nogil.call.token]
    pool.submit(() -> Gil.withGil(g -> 1) + Registry.helper(null, 2));
    // :: error: [gil.nogil.call]
    pool.submit(Doc::new);
    // :: error: [gil.nogil.call]
    pool.submit(Doc::make);
    pool.submit(Doc::answer); // ok: @NoGil static
    // :: error: [gil.nogil.use]
    Function<Integer, Cell> mk = Cell::new; pool.submit(() -> mk.apply(1));
  }
}
