// Thread entry points from the JDK stubs and parallel streams open lock-free sections; inline
// lambdas (forEach, sequential streams) inherit the section around them.
import java.util.*;
import java.util.concurrent.*;
import org.gil4j.*;

class SectionsOfThreadEntryPoints {
  static void probeSection() {}

  void run(GilToken gil, ExecutorService pool, List<Integer> xs) {
    // expect section: LOCK_FREE
    new Thread(() -> probeSection()).start();
    // expect section: LOCK_FREE
    pool.submit(() -> probeSection());
    // expect section: LOCK_FREE
    CompletableFuture.runAsync(() -> probeSection());
    // expect section: LOCK_FREE
    xs.parallelStream().forEach(x -> probeSection());
    // expect section: HELD
    xs.stream().parallel().sequential().forEach(x -> probeSection());
    // expect section: HELD
    xs.forEach(x -> probeSection());
    new Thread(
            new Runnable() {
              @Override
              public void run() {
                // expect section: LOCK_FREE
                probeSection();
              }
            })
        .start();
  }
}
