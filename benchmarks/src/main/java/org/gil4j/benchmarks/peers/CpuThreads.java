package org.gil4j.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The CPU-bound threads of the convoy: each takes the lock, computes slices of a fixed number of
 * generator steps holding it, and offers it at a checkpoint between two slices. Their useful work
 * is the number of whole slices done, so a slice that waited or was descheduled counts the same
 * as one that ran at once: work, not time inside slices.
 *
 * <p>The number of steps per slice is a benchmark parameter, the same in every fork of a run
 * ({@link #main} measures the number that takes {@link #SLICE_NANOS} alone on this machine and
 * JDK), so the slices of two forks (gil4j and the CPython-style lock) are the same amount of work.
 */
public final class CpuThreads {
  /** The slice length the convoy asks for. */
  static final long SLICE_NANOS = 50_000;

  private final long sliceSteps;
  private final List<Worker> workers = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /** Starts {@code count} threads on {@code peer}; returns once each of them holds or waits. */
  CpuThreads(Peer peer, int count, long sliceSteps) throws InterruptedException {
    this.sliceSteps = sliceSteps;
    CountDownLatch started = new CountDownLatch(count);
    for (int i = 0; i < count; i++) {
      Worker w = new Worker(peer, started);
      Thread t = new Thread(w, "convoy-cpu-" + i);
      t.setDaemon(true);
      w.thread = t;
      workers.add(w);
      t.start();
    }
    if (!started.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the CPU threads did not start within 30 s");
    }
  }

  /** Each thread's slices so far, in thread order. */
  long[] slices() {
    long[] s = new long[workers.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = workers.get(i).slices;
    }
    return s;
  }

  /** Stops the threads and waits for them; rethrows what one of them failed with. */
  void stop() throws InterruptedException {
    for (Worker w : workers) {
      w.running = false;
    }
    for (Worker w : workers) {
      w.thread.join(10_000);
      if (w.thread.isAlive()) {
        throw new IllegalStateException(w.thread.getName() + " did not stop within 10 s");
      }
    }
    Throwable t = failure.get();
    if (t != null) {
      throw new IllegalStateException("a CPU thread failed", t);
    }
  }

  /**
   * {@code steps} generator steps alone on this thread, timed once the JIT has compiled them as the
   * CPU threads run them (2,000 calls first): the best of 200, in nanoseconds.
   */
  static long measureNanos(long steps) {
    long x = 1;
    for (int i = 0; i < 2_000; i++) {
      x = steps(x, steps);
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 200; i++) {
      long t0 = System.nanoTime();
      x = steps(x, steps);
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best + (x == 42 ? 1 : 0);
  }

  /**
   * Prints the number of generator steps that take {@link #SLICE_NANOS} alone on this JVM, for the
   * run script to pass to every fork as the {@code sliceSteps} parameter.
   */
  public static void main(String[] args) {
    long probe = 20_000;
    long nanos = measureNanos(probe);
    System.out.println(Math.max(1_000, probe * SLICE_NANOS / Math.max(1, nanos)));
  }

  /** {@code n} xorshift steps from {@code x}; each depends on the last, so none can be skipped. */
  static long steps(long x, long n) {
    for (long i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
    }
    return x;
  }

  /** One CPU thread. */
  private final class Worker implements Runnable {
    private final Peer peer;
    private final CountDownLatch started;
    Thread thread;
    volatile boolean running = true; // cleared once by stop()
    volatile long slices; // written by this worker only
    long value = 0x9E3779B97F4A7C15L; // the generator's state, read after the run

    Worker(Peer peer, CountDownLatch started) {
      this.peer = peer;
      this.started = started;
    }

    @Override
    public void run() {
      started.countDown();
      try {
        Peer.Hold hold = peer.hold();
        try {
          long done = 0;
          while (running) {
            value = steps(value, sliceSteps);
            slices = ++done;
            hold.checkpoint();
          }
        } finally {
          hold.close();
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      }
    }
  }
}
