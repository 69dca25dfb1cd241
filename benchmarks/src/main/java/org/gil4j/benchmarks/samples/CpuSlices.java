package org.gil4j.benchmarks.samples;

import java.util.concurrent.locks.ReentrantLock;
import org.gil4j.Gil;
import org.gil4j.GilToken;

/**
 * The CPU-bound competitor of the convoy benchmark: a thread that computes in slices of about 50
 * µs holding the lock and offers it between slices, with gil4j's {@code checkpoint()} or with an
 * unlock/lock pair on a {@link ReentrantLock}. It counts its slices so the benchmark can print the
 * share of a core it kept.
 */
final class CpuSlices {
  /** The slice length the issue asks for. */
  static final long SLICE_NANOS = 50_000;

  private final Thread thread;
  private final long stepsPerSlice;
  private volatile boolean running = true; // cleared once by stop()
  private volatile long slices; // written by the CPU thread only
  private long value = 0x9E3779B97F4A7C15L;
  private long startNanos;

  private CpuSlices(ReentrantLock lock, String name) {
    this(lock, false, name);
  }

  private CpuSlices(ReentrantLock lock, boolean noLock, String name) {
    stepsPerSlice = calibrate();
    thread = new Thread(noLock ? this::loopUnlocked : () -> loop(lock), name);
    thread.setDaemon(true);
  }

  /** Starts a competitor on gil4j's lock. */
  static CpuSlices onGil() {
    return start(new CpuSlices(null, "convoy-cpu-gil"));
  }

  /** Starts a competitor on {@code lock}. */
  static CpuSlices on(ReentrantLock lock) {
    return start(new CpuSlices(lock, "convoy-cpu-reentrant"));
  }

  /** Starts a competitor that takes no lock at all: the same load on the cores, no lock. */
  static CpuSlices unlocked() {
    return start(new CpuSlices(null, true, "convoy-cpu-unlocked"));
  }

  private static CpuSlices start(CpuSlices cpu) {
    cpu.startNanos = System.nanoTime();
    cpu.thread.start();
    return cpu;
  }

  /** Stops the thread, waits for it, and returns the share of a core its slices used. */
  double stop() throws InterruptedException {
    running = false;
    thread.join(10_000);
    if (thread.isAlive()) {
      throw new IllegalStateException("the CPU thread did not stop within 10 s");
    }
    double elapsed = System.nanoTime() - startNanos;
    return slices * (double) SLICE_NANOS / elapsed;
  }

  /** Slices until stopped, offering the lock between them. */
  private void loop(ReentrantLock lock) {
    if (lock == null) {
      try (GilToken gil = Gil.acquire()) {
        while (running) {
          slice();
          gil.checkpoint();
        }
      }
    } else {
      lock.lock();
      try {
        while (running) {
          slice();
          lock.unlock();
          lock.lock();
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /** Slices until stopped, with no lock. */
  private void loopUnlocked() {
    while (running) {
      slice();
    }
  }

  /** One slice of about {@link #SLICE_NANOS} of arithmetic. */
  private void slice() {
    value = steps(value, stepsPerSlice);
    slices++;
  }

  /** {@code n} xorshift steps from {@code x}; the JIT cannot skip them. */
  private static long steps(long x, long n) {
    for (long i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
    }
    return x;
  }

  /** The number of steps one slice needs on this machine (best of several timed runs). */
  private static long calibrate() {
    long n = 1 << 16;
    long x = steps(1, n * 8);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 50; i++) {
      long t0 = System.nanoTime();
      x = steps(x, n);
      best = Math.min(best, System.nanoTime() - t0);
    }
    double nanosPerStep = Math.max(0.01, (double) best / n);
    return Math.max(1_000, (long) (SLICE_NANOS / nanosPerStep) + (x == 42 ? 1 : 0));
  }
}
