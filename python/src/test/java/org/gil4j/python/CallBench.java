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
 * A Python call with the GIL held: {@code f(x)} of a Python function through {@link PyObject}
 * (result handle closed) against {@code PyObject_CallOneArg} + {@code Py_DecRef} made directly; and
 * converting the Java {@code long} argument and the result on every call, as code using the handle
 * often does, against the same conversions made with the C API.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class CallBench {
  GilToken gil;
  PyObject fn;
  PyObject arg;

  @Setup(Level.Iteration)
  public void take() {
    Python.initialize();
    gil = Gil.acquire();
    try (PyObject ns = Python.newDict(gil)) {
      Python.exec(gil, "def f(x):\n    return x\n", ns);
      fn = ns.get("f");
    }
    arg = Python.of(gil, 12345L);
  }

  @TearDown(Level.Iteration)
  public void giveBack() {
    fn.close();
    arg.close();
    gil.close();
  }

  /** Baseline: the C API call and the release of its result. */
  @Benchmark
  public void rawCallOneArg() throws Throwable {
    MemorySegment r =
        (MemorySegment) CPython.PyObject_CallOneArg.invokeExact(fn.pointer(), arg.pointer());
    CPython.decRef(r);
  }

  /**
   * Baseline of the converting call: the same C calls the handle makes for it ({@code
   * PyLong_FromLongLong}, the call, {@code PyLong_AsLongLong}, two {@code Py_DecRef}).
   */
  @Benchmark
  public long rawCallConvertingLong() throws Throwable {
    MemorySegment a = (MemorySegment) CPython.PyLong_FromLongLong.invokeExact(12345L);
    MemorySegment r = (MemorySegment) CPython.PyObject_CallOneArg.invokeExact(fn.pointer(), a);
    CPython.decRef(a);
    long v = (long) CPython.PyLong_AsLongLong.invokeExact(r);
    CPython.decRef(r);
    return v;
  }

  /** The handle: {@code fn.call(arg)}, result closed. */
  @Benchmark
  public void handleCall() {
    fn.call(arg).close();
  }

  /** The handle with a Java argument converted to a Python int on each call. */
  @Benchmark
  public long handleCallConvertingLong() {
    try (PyObject r = fn.call(12345L)) {
      return r.toLong();
    }
  }
}
