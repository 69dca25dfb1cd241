// strict code: no unknown state for lock-bound values
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class AdvStrict {
  // :: error: [gil.strict.call]
  static final Doc START = new Doc();
  static Doc later;

  static {
    // :: error: [gil.strict.use] :: error: [gil.strict.call]
    later = Doc.make();
  }

  // :: error: [gil.strict.use]
  final int copy = Doc.last.n;

  public static void main(String[] args) {
    // :: error: [gil.strict.call]
    Doc d = new Doc();
    // :: error: [gil.strict.use]
    d.touch();
    Gil.runWithGil(g -> new Doc().touch()); // ok: held
    try (GilToken g = Gil.acquire()) {
      Doc e = new Doc(); // ok: held
      e.touch();
    }
  }

  static void helper(Doc doc) {
    // :: error: [gil.strict.use]
    doc.touch();
  }

  static void heldHelper(GilToken gil, Doc doc, List<Doc> docs, Map<String, Doc> map) {
    doc.touch(); // ok: takes a token
    docs.forEach(x -> x.touch()); // ok: runs inline
    docs.removeIf(x -> x.n == 0); // ok
    docs.sort(Comparator.comparingInt(x -> x.n)); // ok
    map.computeIfAbsent("k", k -> new Doc()); // ok
    docs.stream().map(x -> x.n).forEach(n -> System.out.println(n)); // ok
    Optional.ofNullable(doc).map(x -> x.n).orElse(0); // ok
    int total = docs.stream().reduce(0, (acc, x) -> acc + x.n, Integer::sum); // ok: runs inline
    map.forEach((k, v) -> v.touch()); // ok
    Runnable r = () -> doc.touch();
    r.run(); // ok: a local lambda in a held section
  }

  static void callbacks(GilToken gil, Doc doc, Consumer<Runnable> register) {
    // :: error: [gil.strict.use] :: error: [gil.escape.store]
    register.accept(() -> doc.touch());
  }

  @WithGil
  static void heldByAnnotation(Doc doc) {
    doc.touch(); // ok
  }

  static class Worker extends Thread {
    @Override
    public void run() {
      // :: error: [gil.strict.call]
      Registry.global().touch();
      Gil.runWithGil(g -> Registry.global().touch()); // ok
    }
  }

  static void records(GilToken gil) {
    Cell c = new Cell(1); // ok: held
    Point p = new Point(1, 2); // ok: @Ungil
  }

  static int unheld() {
    Point p = new Point(1, 2); // ok
    // :: error: [gil.strict.call]
    Cell c = new Cell(2);
    // :: error: [gil.strict.use]
    return Color.RED.hits;
  }

  static int direct() {
    // :: error: [gil.strict.call]
    return Registry.locked(1);
  }
}
