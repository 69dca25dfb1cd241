// blocking calls while holding the lock are warnings; released or unknown code is fine
import java.io.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvBlocking {
  void held(GilToken gil, Future<Integer> f, Thread t, CountDownLatch latch, BlockingQueue<String> q,
      ReentrantLock lock, BufferedReader in, InputStream raw, LinkedBlockingQueue<String> lq,
      CompletableFuture<String> cf, Semaphore sem) throws Exception {
    // :: warning: [gil.held.blocking]
    f.get();
    // :: warning: [gil.held.blocking]
    f.get(1, TimeUnit.SECONDS);
    // :: warning: [gil.held.blocking]
    t.join();
    // :: warning: [gil.held.blocking]
    latch.await();
    // :: warning: [gil.held.blocking]
    q.take();
    // :: warning: [gil.held.blocking]
    lq.take();
    // :: warning: [gil.held.blocking]
    lock.lock();
    // :: warning: [gil.held.blocking]
    Thread.sleep(1);
    // :: warning: [gil.held.blocking]
    in.readLine();
    // :: warning: [gil.held.blocking]
    raw.read();
    // :: warning: [gil.held.blocking]
    cf.join();
    // :: warning: [gil.held.blocking]
    sem.acquire();
    lock.tryLock(); // ok: does not wait
    q.poll(); // ok
    f.isDone(); // ok
    gil.allowThreads(() -> f.get()); // ok: released around the wait
    try (GilRelease r = gil.release()) {
      latch.await(); // ok
    }
  }

  @WithGil
  void heldMethod(Future<?> f) throws Exception {
    // :: warning: [gil.held.blocking]
    f.get();
  }

  void unknown(Future<?> f) throws Exception {
    f.get(); // ok: unknown code
  }

  void withGilBody(Future<?> f) throws Exception {
    Gil.runWithGil(g -> {
      // :: warning: [gil.held.blocking]
      f.get();
    });
  }
}
