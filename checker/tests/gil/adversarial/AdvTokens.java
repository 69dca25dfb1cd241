// tokens: lock-bound themselves, valid only on their thread inside their scope
import java.util.*;
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvTokens {
  static GilToken saved;
  Runnable later;
  final List<Object> kept = new ArrayList<>();

  void escapes(GilToken gil) {
    // :: error: [gil.escape.token]
    saved = gil;
    // :: error: [gil.escape.token]
    kept.add(gil);
    // :: error: [gil.escape.store]
    later = () -> gil.checkpoint();
    GilToken alias = gil; // ok: a local
    alias.checkpoint();
  }

  void lockFree(GilToken gil, ExecutorService pool, Doc doc) {
    // :: error: [gil.nogil.token] :: error: [gil.nogil.use]
    pool.submit(() -> gil.unbind(doc));
    // :: error: [gil.nogil.token]
    pool.submit(() -> gil);
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.token]
      gil.checkpoint();
      Gil.runWithGil(g -> g.checkpoint()); // ok: its own token
    });
  }

  void anonymousFields(Doc doc) {
    Object holder = new Object() {
      // :: error: [gil.class.field]
      Doc kept = doc;
    };
    class LocalHolder {
      // :: error: [gil.class.field]
      List<Doc> docs;
    }
  }

  @GilBound
  static class Job implements Runnable {
    int n;
    public void run() { n++; }
  }

  void boundTask(ExecutorService pool, Job job) {
    // :: error: [gil.nogil.argument]
    pool.submit(job);
    // :: error: [gil.nogil.argument]
    new Thread(job).start();
  }
}
