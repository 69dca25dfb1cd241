// suppressions silence exactly what they name
import java.util.*;
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvSuppress {
  static Object shared;

  @SuppressWarnings("gil")
  void all(ExecutorService pool, Doc doc) {
    pool.submit(() -> doc.n);
    shared = doc;
  }

  @SuppressWarnings("gil:gil.nogil.use")
  void oneKey(ExecutorService pool, Doc doc) {
    pool.submit(() -> doc.n);
    // :: error: [gil.escape.store]
    shared = doc;
  }

  @SuppressWarnings("gil.escape.store")
  void bareKey(ExecutorService pool, Doc doc) {
    shared = doc;
    // :: error: [gil.nogil.use]
    pool.submit(() -> doc.n);
  }

  void onLocal(Doc doc) {
    @SuppressWarnings("gil:gil.escape.store")
    Object[] kept = {doc};
    // :: error: [gil.escape.store]
    Object[] again = {doc};
  }

  @SuppressWarnings("unchecked")
  void otherChecker(ExecutorService pool, Doc doc) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> doc.n);
  }
}
