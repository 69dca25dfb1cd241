package org.gil4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The child process of {@link GilOutOfMemoryTest}: prints {@code OK ooms=N} and exits 0 when the
 * lock survived every OutOfMemoryError, else prints the problems and exits 1.
 */
@SuppressWarnings("try")
public final class GilOutOfMemoryDriver {
  private static Object[] hog; // a chain of arrays that fills the heap

  private GilOutOfMemoryDriver() {}

  public static void main(String[] args) throws Exception {
    List<String> problems = new ArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong contenderRounds = new AtomicLong();
    AtomicReference<Throwable> contenderFault = new AtomicReference<>();
    Thread contender =
        new Thread(
            () -> {
              while (!stop.get()) {
                try {
                  contend(stop, contenderRounds, contenderFault);
                } catch (OutOfMemoryError e) {
                  // Raised outside a lock operation: the JVM can throw one at any allocation
                  // and when deoptimizing compiled code (objects it had optimized away must be
                  // allocated again), so also between the operations. Keep contending.
                } catch (Throwable t) {
                  contenderFault.compareAndSet(null, t);
                }
              }
            },
            "contender");
    contender.setDaemon(true);
    contender.start();
    // Resolve this class's catch types and link every operation while memory is plentiful: the
    // JVM resolves a handler's class when it first runs, and that can fail on a full heap.
    try {
      hog = new Object[] {new long[Integer.MAX_VALUE - 16]};
    } catch (OutOfMemoryError e) {
      hog = null;
    }
    for (int k = 0; k < 5; k++) {
      operation(k);
    }
    int ooms = 0;
    for (int round = 0; round < 40; round++) {
      fill();
      release(round % 20); // leave a little more room each round, from nothing up
      for (int k = 0; k < 5; k++) {
        try {
          operation(k);
        } catch (OutOfMemoryError e) {
          ooms++;
        } catch (Throwable t) {
          hog = null;
          problems.add("round " + round + " op " + k + ": " + t);
        }
        if (Gil.isHeld()) {
          hog = null;
          problems.add("round " + round + " op " + k + ": lock held after the operation");
          break;
        }
      }
      hog = null;
    }
    if (contenderFault.get() != null) {
      problems.add("the contender's lock operation threw " + contenderFault.get());
    }
    long before = contenderRounds.get();
    Thread.sleep(100);
    if (contenderRounds.get() == before) {
      problems.add("the contender no longer gets the lock");
    }
    stop.set(true);
    contender.join(10_000);
    if (contender.isAlive()) {
      problems.add("contender wedged");
    }
    try (GilToken t = Gil.acquire(java.time.Duration.ofSeconds(10))) {
      if (Gil.holdCount() != 1) {
        problems.add("depth " + Gil.holdCount());
      }
    }
    if (problems.isEmpty()) {
      System.out.println("OK ooms=" + ooms);
      System.exit(0);
    }
    System.out.println("FAILED " + problems);
    System.exit(1);
  }

  /** Takes the lock and releases it inside, over and over, beside the main thread. */
  private static void contend(
      AtomicBoolean stop, AtomicLong rounds, AtomicReference<Throwable> fault) {
    while (!stop.get()) {
      try {
        Gil.runWithGil(
            g -> {
              rounds.incrementAndGet();
              g.allowThreads(Thread::onSpinWait);
            });
      } catch (OutOfMemoryError e) {
        // expected now and then; the lock must stay usable
      } catch (Throwable t) {
        fault.compareAndSet(null, t); // anything else is the lock's fault
      }
    }
  }

  private static void operation(int k) throws Exception {
    switch (k) {
      case 0:
        Gil.withGil(g -> Gil.withGil(h -> h.unbind(new int[4])));
        break;
      case 1:
        Gil.runWithGil(g -> g.allowThreads(() -> Gil.withGil(h -> new long[8])));
        break;
      case 2:
        try (GilToken t = Gil.acquire()) {
          try (GilRelease r = t.release()) {
            Thread.onSpinWait();
          }
        }
        break;
      case 3:
        try (GilToken t = Gil.acquire(java.time.Duration.ofSeconds(5))) {
          t.checkpoint();
        }
        break;
      default:
        try (GilToken t = Gil.acquire();
            GilRelease r = Gil.releaseIfHeld()) {
          Thread.onSpinWait();
        }
    }
  }

  /** Fills the heap with ever smaller arrays until not even 16 bytes are left. */
  private static void fill() {
    for (int size = 1 << 20; size >= 16; size /= 8) {
      try {
        for (; ; ) {
          Object[] node = new Object[2];
          node[0] = hog;
          node[1] = new byte[size];
          hog = node;
        }
      } catch (OutOfMemoryError e) {
        // next size down
      }
    }
  }

  /** Drops the last {@code n} (smallest) arrays again. */
  private static void release(int n) {
    for (int i = 0; i < n && hog != null; i++) {
      hog = (Object[]) hog[0];
    }
  }
}
