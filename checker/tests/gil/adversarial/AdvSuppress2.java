// suppressions by the short key, a key prefix, on a local declaration, and of the blocking warning
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvSuppress2 {
  @SuppressWarnings("gil:nogil.use")
  void shortKey(ExecutorService pool, Doc doc) {
    pool.submit(() -> doc.n);
  }

  @SuppressWarnings("gil.nogil")
  void prefix(ExecutorService pool, Doc doc) {
    pool.submit(() -> doc.n);
  }

  void onStatement(ExecutorService pool, Doc doc) {
    @SuppressWarnings("gil")
    Future<?> f = pool.submit(() -> doc.n);
  }

  @SuppressWarnings("gil:gil.held.blocking")
  void blocking(GilToken gil, Future<?> f) throws Exception {
    f.get();
  }
}
