// a named task class built from a lock-bound value carries it to the other thread
import java.util.*;
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TaskBuiltFromBoundValue {
  @GilBound
  static class Doc {
    int n;
  }

  static class Report implements Runnable {
    final Object subject;
    Report(Object subject) { this.subject = subject; }
    public void run() { System.out.println(subject); }
  }

  static class Relay implements Runnable {
    final List<Object> subjects = new ArrayList<>();
    Relay(Object subject) { subjects.add(subject); }
    public void run() { System.out.println(subjects); }
  }

  static class Summary implements Runnable {
    final int n;
    Summary(Doc doc) { this.n = doc.n; } // reads it on the caller's thread, keeps a copy
    public void run() { System.out.println(n); }
  }

  static class Later implements Runnable {
    final Runnable body;
    Later(Runnable body) { this.body = body; }
    public void run() { body.run(); }
  }

  static class Pair implements Runnable {
    Pair(Runnable a, int b) {}
    public void run() {}
  }

  void handOff(GilToken gil, Doc doc, ExecutorService pool) {
    // Report keeps its argument in a field: the escape rule's, wherever the task goes
    // :: error: [gil.escape.store]
    pool.submit(new Report(doc));
    // :: error: [gil.escape.store]
    new Thread(new Pair(new Report(doc), 1)).start();
    // Relay's constructor hands it on in a way this rule cannot follow: it travels with the task
    // :: error: [gil.nogil.argument]
    pool.submit(new Relay(doc));
    // :: error: [gil.nogil.argument]
    new Thread(new Pair(new Relay(doc), 1)).start();
    // :: error: [gil.nogil.use]
    pool.execute(new FutureTask<>(() -> doc.n));
    // :: error: [gil.nogil.argument]
    pool.execute(new Later(() -> doc.n++));
  }

  void copiesAreFine(GilToken gil, Doc doc, ExecutorService pool) {
    pool.submit(new Report(doc.n));
    pool.submit(new Report(gil.unbind(doc)));
    new Thread(new Pair(new Report("x"), doc.n)).start();
    pool.submit(new Summary(doc));
  }
}
