// JDK 21+: Thread.Builder (virtual and platform) and Thread.startVirtualThread are lock-free entry points
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class VirtualThreads {
  @GilBound
  static class World {
    int n;
    void tick() { n++; }
  }

  void start(World world) {
    // :: error: [gil.nogil.use]
    Thread.ofVirtual().start(() -> world.tick());
    // :: error: [gil.nogil.use]
    Thread.ofPlatform().name("w").unstarted(() -> world.tick());
    // :: error: [gil.nogil.use]
    Thread.startVirtualThread(() -> world.n++);
    int copy = Gil.withGil(g -> world.n);
    Thread.ofVirtual().start(() -> System.out.println(copy));
  }

  void pool(World world) {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      // :: error: [gil.nogil.use]
      pool.submit(() -> world.n);
    }
  }
}
