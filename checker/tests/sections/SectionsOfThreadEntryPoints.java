// Thread entry points from the JDK stubs and parallel streams open lock-free sections; inline
// lambdas (forEach, sequential streams) inherit the section around them.
import java.util.*;
import java.util.concurrent.*;
import org.gil4j.*;

class SectionsOfThreadEntryPoints {
  static void probeSection() {}

  void run(GilToken gil, ExecutorService pool, List<Integer> xs) {
    // :: warning: [gil.debug.lockfree]
    new Thread(() -> probeSection()).start();
    // :: warning: [gil.debug.lockfree]
    pool.submit(() -> probeSection());
    // :: warning: [gil.debug.lockfree]
    CompletableFuture.runAsync(() -> probeSection());
    // :: warning: [gil.debug.lockfree]
    xs.parallelStream().forEach(x -> probeSection());
    // :: warning: [gil.debug.held]
    xs.stream().parallel().sequential().forEach(x -> probeSection());
    // :: warning: [gil.debug.held]
    xs.forEach(x -> probeSection());
    new Thread(
            new Runnable() {
              @Override
              public void run() {
                // :: warning: [gil.debug.lockfree]
                probeSection();
              }
            })
        .start();
  }
}
