package org.gil4j.samples;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.gil4j.Gil;
import org.gil4j.GilRelease;
import org.gil4j.GilToken;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The convoy effect of the Python GIL explainer ("The Python GIL"): one thread does short blocking
 * operations (a one-byte echo over a loopback socket, or a 100 µs sleep), each with the lock
 * released and re-acquired afterwards, while another thread computes in short slices holding the
 * lock and offering it at a checkpoint between slices. What matters is how long the I/O thread
 * waits to get the lock back after each operation, and how much work the CPU thread gets done
 * meanwhile.
 *
 * <p>The same two threads run against gil4j's lock, against {@link ReentrantLock} (unfair and
 * fair), where the checkpoint is an unlock followed by a lock, and against {@link
 * CPythonStyleLock}, the baseline: CPython's own hand-off. The CPU thread's useful work is the
 * generator steps it computed per second of the measured window, so rows compare by what got done,
 * not by time spent inside slices.
 */
public final class IoConvoy {
  /** Operations done before measuring starts (connection, JIT and lock warm-up). */
  static final int WARMUP_OPS = 50;

  /** The longest warm-up, for locks under which each operation takes milliseconds. */
  static final long WARMUP_NANOS = 200_000_000;

  /** The lock the two threads share. */
  public enum LockKind {
    /** {@link Gil}: release around the echo, {@link GilToken#checkpoint()} between slices. */
    GIL("gil4j hand-off"),
    /**
     * {@link Gil} with a {@linkplain Gil#setYieldGrace yield grace} of {@link #YIELD_GRACE} for the
     * run: the CPU thread leaves the lock to the returning I/O thread a little longer.
     */
    GIL_YIELD_GRACE("gil4j, 50 us yield grace"),
    /** {@code new ReentrantLock(false)}: barging allowed. */
    UNFAIR_REENTRANT_LOCK("unfair ReentrantLock"),
    /** {@code new ReentrantLock(true)}: first come, first served. */
    FAIR_REENTRANT_LOCK("fair ReentrantLock"),
    /**
     * {@link CPythonStyleLock}: the baseline, CPython 3's hand-off with its 5 ms switch interval,
     * the checkpoint honouring drop requests.
     */
    CPYTHON_STYLE("CPython-style 5 ms lock");

    private final String label;

    LockKind(String label) {
      this.label = label;
    }

    /** A short human-readable name. */
    public String label() {
      return label;
    }
  }

  /** The short blocking operation the I/O thread does with the lock released. */
  public enum IoKind {
    /** A one-byte echo over a loopback TCP socket (CPython's socket case). */
    SOCKET_ECHO("echo"),
    /** {@code LockSupport.parkNanos(100 µs)}, the reference's sleeping thread. */
    SLEEP_100_US("sleep");

    private final String label;

    IoKind(String label) {
      this.label = label;
    }

    /** A short human-readable name. */
    public String label() {
      return label;
    }
  }

  /** The yield grace of {@link LockKind#GIL_YIELD_GRACE}, about one CPU slice of the main job. */
  static final Duration YIELD_GRACE = Duration.ofNanos(50_000);

  /** How long {@link IoKind#SLEEP_100_US} parks. */
  static final long SLEEP_NANOS = 100_000;

  /**
   * What one run measured.
   *
   * @param lock the lock used
   * @param io the blocking operation
   * @param withCpuThread whether the CPU-bound thread ran beside the I/O thread
   * @param latencyNanos each measured operation's latency: from releasing the lock before the echo
   *     to holding it again after, sorted ascending
   * @param echoMismatches echoes that returned another byte than the one sent (0 when correct)
   * @param cpuSteps generator steps the CPU thread did in all
   * @param cpuChecksum the CPU thread's final generator value
   * @param cpuWindowSteps generator steps of the CPU thread's slices that started inside the
   *     measured window
   * @param windowNanos the length of the measured window
   */
  public record Result(
      LockKind lock,
      IoKind io,
      boolean withCpuThread,
      long[] latencyNanos,
      long echoMismatches,
      long cpuSteps,
      long cpuChecksum,
      long cpuWindowSteps,
      long windowNanos) {

    /**
     * The latency at quantile {@code q} in [0, 1], in nanoseconds: the minimum for 0, otherwise
     * JMH's {@link ListStatistics#getPercentile} (interpolated between ranks); 0 when nothing was
     * measured.
     */
    public double quantileNanos(double q) {
      if (q < 0 || q > 1) {
        throw new IllegalArgumentException("quantile must be in [0, 1]: " + q);
      }
      if (latencyNanos.length == 0) {
        return 0;
      }
      ListStatistics statistics = new ListStatistics(latencyNanos);
      return q == 0 ? statistics.getMin() : statistics.getPercentile(100 * q);
    }

    /** The I/O thread's measured operations per second of the measured window. */
    public double opsPerSecond() {
      return windowNanos <= 0 ? 0 : latencyNanos.length * 1e9 / windowNanos;
    }

    /**
     * The CPU thread's useful work: generator steps per second of the measured window (0 without a
     * CPU thread or a window).
     */
    public double cpuStepsPerSecond() {
      return windowNanos <= 0 ? 0 : cpuWindowSteps * 1e9 / windowNanos;
    }

    /** Whether the CPU thread's final value is what its number of steps must give. */
    public boolean cpuChecksumCorrect() {
      return cpuChecksum == Countdown.jump(Countdown.SEED, cpuSteps);
    }

    /** A short name for tables: the lock, and whether a CPU thread competed. */
    public String name() {
      return io.label() + (withCpuThread ? " beside CPU thread, " : " alone, ") + lock.label();
    }
  }

  private IoConvoy() {}

  /**
   * The number of generator steps that takes about {@code slice} on this machine, measured now (at
   * least 1,000).
   */
  public static long calibrateSliceSteps(Duration slice) {
    long steps = 1 << 20;
    long sink = Countdown.countFrom(Countdown.SEED, steps);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      long t0 = System.nanoTime();
      sink ^= Countdown.countFrom(sink, steps);
      best = Math.min(best, System.nanoTime() - t0);
    }
    double nanosPerStep = Math.max(0.05, (double) best / steps);
    // The sink keeps the JIT from dropping the loop; it never changes the answer.
    return Math.max(1_000, (long) (slice.toNanos() / nanosPerStep) + (sink == 42 ? 1 : 0));
  }

  /** {@link #run(LockKind, IoKind, boolean, int, Duration, long)} with the loopback echo. */
  public static Result run(
      LockKind lock, boolean withCpuThread, int maxOps, Duration maxDuration, long sliceSteps)
      throws IOException, InterruptedException {
    return run(lock, IoKind.SOCKET_ECHO, withCpuThread, maxOps, maxDuration, sliceSteps);
  }

  /**
   * Runs the I/O thread for at most {@code maxOps} measured echoes or {@code maxDuration},
   * whichever ends first, beside a CPU thread doing slices of {@code sliceSteps} generator steps
   * when {@code withCpuThread}.
   *
   * @throws IOException if the loopback echo fails or times out (5 s per echo)
   * @throws IllegalStateException if a thread does not finish within {@code maxDuration} + 10 s
   */
  public static Result run(
      LockKind lock,
      IoKind ioKind,
      boolean withCpuThread,
      int maxOps,
      Duration maxDuration,
      long sliceSteps)
      throws IOException, InterruptedException {
    if (maxOps < 1 || sliceSteps < 1 || maxDuration.isNegative() || maxDuration.isZero()) {
      throw new IllegalArgumentException("maxOps, sliceSteps and maxDuration must be positive");
    }
    Duration previousGrace = Gil.yieldGrace();
    if (lock == LockKind.GIL_YIELD_GRACE) {
      Gil.setYieldGrace(YIELD_GRACE);
    }
    try {
      return runWith(lock, ioKind, withCpuThread, maxOps, maxDuration, sliceSteps);
    } finally {
      Gil.setYieldGrace(previousGrace);
    }
  }

  /** {@link #run}, once the lock is configured. */
  private static Result runWith(
      LockKind lock,
      IoKind ioKind,
      boolean withCpuThread,
      int maxOps,
      Duration maxDuration,
      long sliceSteps)
      throws IOException, InterruptedException {
    ReentrantLock reentrant = new ReentrantLock(lock == LockKind.FAIR_REENTRANT_LOCK);
    CPythonStyleLock cpython = new CPythonStyleLock();
    CpuWork cpu = new CpuWork(sliceSteps);
    try (EchoPeer peer = new EchoPeer(Duration.ofSeconds(5))) {
      IoWork io = new IoWork(peer, ioKind, maxOps, maxDuration, cpu);
      Thread cpuThread = null;
      AtomicReference<Throwable> cpuFailure = new AtomicReference<>();
      if (withCpuThread) {
        CountDownLatch holding = new CountDownLatch(1);
        cpuThread =
            new Thread(
                () -> {
                  try {
                    if (usesGil(lock)) {
                      cpuLoopGil(cpu, holding);
                    } else if (lock == LockKind.CPYTHON_STYLE) {
                      cpuLoopCPython(cpython, cpu, holding);
                    } else {
                      cpuLoopReentrant(reentrant, cpu, holding);
                    }
                  } catch (Throwable t) {
                    cpuFailure.set(t);
                    holding.countDown();
                  }
                },
                "convoy-cpu");
        cpuThread.setDaemon(true);
        cpuThread.start();
        if (!holding.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the CPU thread did not start");
        }
      }
      AtomicReference<Throwable> ioFailure = new AtomicReference<>();
      Thread ioThread =
          new Thread(
              () -> {
                try {
                  if (usesGil(lock)) {
                    ioLoopGil(io);
                  } else if (lock == LockKind.CPYTHON_STYLE) {
                    ioLoopCPython(cpython, io);
                  } else {
                    ioLoopReentrant(reentrant, io);
                  }
                } catch (Throwable t) {
                  ioFailure.set(t);
                } finally {
                  cpu.running = false;
                }
              },
              "convoy-io");
      ioThread.setDaemon(true);
      ioThread.start();
      long patienceMillis = maxDuration.toMillis() + 10_000;
      try {
        joinOrFail(ioThread, patienceMillis);
      } finally {
        // Whatever happened, stop both loops so no thread is left running.
        io.stopped = true;
        cpu.running = false;
      }
      if (cpuThread != null) {
        joinOrFail(cpuThread, patienceMillis);
      }
      rethrow(ioFailure.get());
      rethrow(cpuFailure.get());
      long[] latencies = Arrays.copyOf(io.latencies, io.measured);
      Arrays.sort(latencies);
      return new Result(
          lock,
          ioKind,
          withCpuThread,
          latencies,
          io.mismatches,
          cpu.steps,
          cpu.value,
          cpu.windowSteps,
          io.windowNanos);
    }
  }

  /** Whether {@code lock} is gil4j's lock (with or without a yield grace). */
  private static boolean usesGil(LockKind lock) {
    return lock == LockKind.GIL || lock == LockKind.GIL_YIELD_GRACE;
  }

  /** The CPU thread with gil4j: slices under the lock, a checkpoint between them. */
  private static void cpuLoopGil(CpuWork cpu, CountDownLatch holding) {
    try (GilToken gil = Gil.acquire()) {
      holding.countDown();
      while (cpu.running) {
        cpu.slice();
        gil.checkpoint();
      }
    }
  }

  /** The CPU thread with a ReentrantLock: the checkpoint is an unlock and a lock. */
  private static void cpuLoopReentrant(ReentrantLock lock, CpuWork cpu, CountDownLatch holding) {
    lock.lock();
    try {
      holding.countDown();
      while (cpu.running) {
        cpu.slice();
        lock.unlock();
        lock.lock();
      }
    } finally {
      lock.unlock();
    }
  }

  /** The CPU thread with the CPython-style lock: the checkpoint honours drop requests. */
  private static void cpuLoopCPython(CPythonStyleLock lock, CpuWork cpu, CountDownLatch holding) {
    lock.acquire();
    try {
      holding.countDown();
      while (cpu.running) {
        cpu.slice();
        lock.checkpoint();
      }
    } finally {
      lock.release();
    }
  }

  /** The I/O thread with the CPython-style lock: released around each operation. */
  private static void ioLoopCPython(CPythonStyleLock lock, IoWork io) throws IOException {
    lock.acquire();
    try {
      while (io.more()) {
        int sent = io.nextByte();
        long start = System.nanoTime();
        int received;
        lock.release();
        try {
          received = io.operate(sent);
        } finally {
          lock.acquire();
        }
        io.record(start, System.nanoTime(), sent, received);
      }
    } finally {
      lock.release();
    }
  }

  /** The I/O thread with gil4j: each echo in a lock-free section. */
  @SuppressWarnings("try") // the release scope is never read: it only brackets the operation
  private static void ioLoopGil(IoWork io) throws IOException {
    try (GilToken gil = Gil.acquire()) {
      while (io.more()) {
        int sent = io.nextByte();
        long start = System.nanoTime();
        int received;
        try (GilRelease released = gil.release()) {
          received = io.operate(sent);
        }
        io.record(start, System.nanoTime(), sent, received);
      }
    }
  }

  /** The I/O thread with a ReentrantLock: unlock around each echo, lock after. */
  private static void ioLoopReentrant(ReentrantLock lock, IoWork io) throws IOException {
    lock.lock();
    try {
      while (io.more()) {
        int sent = io.nextByte();
        long start = System.nanoTime();
        int received;
        lock.unlock();
        try {
          received = io.operate(sent);
        } finally {
          lock.lock();
        }
        io.record(start, System.nanoTime(), sent, received);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Waits for {@code thread}; interrupts it and fails if it is still running after that. */
  private static void joinOrFail(Thread thread, long millis) throws InterruptedException {
    thread.join(millis);
    if (thread.isAlive()) {
      thread.interrupt();
      throw new IllegalStateException(
          thread.getName() + " did not finish within " + millis + " ms (is the lock handed off?)");
    }
  }

  /** Rethrows a failure captured on another thread, keeping its type where possible. */
  private static void rethrow(Throwable failure) throws IOException {
    if (failure == null) {
      return;
    }
    if (failure instanceof IOException e) {
      throw new IOException(e.getMessage(), e);
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(failure);
  }

  /** The CPU thread's state: slices of generator steps, and those done in the window. */
  private static final class CpuWork {
    final long sliceSteps;
    volatile boolean running = true; // set false once by the I/O side; read before each slice
    volatile boolean measuring; // true while the I/O thread is in its measured window
    long value = Countdown.SEED;
    long steps;
    long windowSteps;

    CpuWork(long sliceSteps) {
      this.sliceSteps = sliceSteps;
    }

    /** One slice of work; it counts as the window's work if it started inside the window. */
    void slice() {
      boolean counted = measuring;
      value = Countdown.countFrom(value, sliceSteps);
      steps += sliceSteps;
      if (counted) {
        windowSteps += sliceSteps;
      }
    }
  }

  /** The I/O thread's state: the echo peer, the budget and the latencies measured so far. */
  private static final class IoWork {
    final EchoPeer peer;
    final IoKind kind;
    final long[] latencies;
    final long budgetNanos;
    final long warmupEndNanos;
    final CpuWork cpu;
    int done;
    int measured;
    long mismatches;
    long windowStart;
    long windowNanos;
    volatile boolean stopped; // set once by the runner when it gives up waiting

    IoWork(EchoPeer peer, IoKind kind, int maxOps, Duration maxDuration, CpuWork cpu) {
      this.peer = peer;
      this.kind = kind;
      this.latencies = new long[maxOps];
      this.budgetNanos = maxDuration.toNanos();
      this.warmupEndNanos = System.nanoTime() + WARMUP_NANOS;
      this.cpu = cpu;
    }

    /** Whether another operation should run; closes the measured window when not. */
    boolean more() {
      if (stopped) {
        return false;
      }
      if (windowStart == 0) {
        return true;
      }
      long now = System.nanoTime();
      boolean more =
          measured < latencies.length && (now - windowStart < budgetNanos || measured == 0);
      if (!more) {
        windowNanos = now - windowStart;
        cpu.measuring = false;
      }
      return more;
    }

    /** The blocking operation; returns the byte that came back (for a sleep, {@code sent}). */
    int operate(int sent) throws IOException {
      if (kind == IoKind.SOCKET_ECHO) {
        return peer.echo(sent);
      }
      LockSupport.parkNanos(SLEEP_NANOS);
      return sent;
    }

    /** The byte to send next. */
    int nextByte() {
      return done & 0xFF;
    }

    /**
     * Records one operation. The first {@link #WARMUP_OPS} (or those of the first {@link
     * #WARMUP_NANOS}, if fewer) only warm up; the measured window opens after them.
     */
    void record(long start, long end, int sent, int received) {
      if (sent != received) {
        mismatches++;
      }
      done++;
      if (windowStart != 0) {
        latencies[measured++] = end - start;
      } else if (done >= WARMUP_OPS || end >= warmupEndNanos) {
        windowStart = System.nanoTime();
        cpu.measuring = true;
      }
    }
  }
}
