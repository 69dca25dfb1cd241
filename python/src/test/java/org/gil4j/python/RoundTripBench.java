package org.gil4j.python;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An attach/detach round trip of the GIL, uncontended: through gil4j ({@code Gil.runWithGil} of an
 * empty body, and {@code allowThreads} of an empty body inside a held section) against the same C
 * calls made directly ({@code PyEval_RestoreThread} + {@code PyEval_SaveThread} on the thread's own
 * thread state, and {@code PyGILState_Ensure} + {@code PyGILState_Release}). On a shared machine
 * add {@code -prof org.gil4j.python.CpuTimeProfiler} (the module's bench profile does): CPU time
 * per operation does not grow with the time the thread waits for a core.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class RoundTripBench {
  /** The benchmark thread's own thread state, created once through gil4j. */
  @State(Scope.Thread)
  public static class Detached {
    MemorySegment tstate;

    @Setup(Level.Trial)
    public void setUp() throws Throwable {
      Python.initialize();
      Gil.runWithGil(gil -> {}); // gives this thread its CPython thread state
      tstate = (MemorySegment) CPython.PyGILState_GetThisThreadState.invokeExact();
    }
  }

  /** A held section around the whole iteration, for the release round trips. */
  @State(Scope.Thread)
  public static class Held {
    GilToken gil;
    MemorySegment tstate;

    @Setup(Level.Iteration)
    public void take() throws Throwable {
      Python.initialize();
      gil = Gil.acquire();
      tstate = (MemorySegment) CPython.PyGILState_GetThisThreadState.invokeExact();
    }

    @TearDown(Level.Iteration)
    public void giveBack() {
      gil.close();
    }
  }

  /** Baseline: attach and detach with the two C calls gil4j's backend makes. */
  @Benchmark
  public void rawRestoreSave(Detached s) {
    CPython.restoreThread(s.tstate);
    CPython.saveThread();
  }

  /** Reference: the PyGILState pair a C extension would use. */
  @Benchmark
  public void rawEnsureRelease(Detached s) throws Throwable { // s: the interpreter is started
    int st = (int) CPython.PyGILState_Ensure.invokeExact();
    CPython.PyGILState_Release.invokeExact(st);
  }

  /** gil4j: take the lock (which attaches), run nothing, give it up (which detaches). */
  @Benchmark
  public void gil4jWithGil(Detached s) {
    Gil.runWithGil(gil -> {});
  }

  /** Baseline, held: detach and attach again with the C calls. */
  @Benchmark
  public void rawSaveRestore(Held h) {
    MemorySegment ts = CPython.saveThread();
    CPython.restoreThread(ts);
  }

  /**
   * The backend's share of {@link #gil4jAllowThreads}: its detach and attach called directly, gil4j's
   * lock staying with this thread (what gil4j adds on top is the difference).
   */
  @Benchmark
  public void backendDetachAttach(Held h) {
    PythonBackend b = Python.backend();
    b.detach();
    b.attach();
  }

  /** gil4j, held: release for an empty body and take the lock back. */
  @Benchmark
  public void gil4jAllowThreads(Held h) {
    h.gil.allowThreads(() -> {});
  }
}
