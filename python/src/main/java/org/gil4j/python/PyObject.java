package org.gil4j.python;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import org.gil4j.GilToken;
import org.gil4j.Unbound;
import org.gil4j.annotations.GilBound;
import org.jspecify.annotations.Nullable;

/**
 * A handle to a Python object, valid only while the current thread holds the GIL, like PyO3's
 * {@code Bound<'py, PyAny>}. The class is {@link GilBound}: the checker refuses it in lock-free
 * code, in the result of {@code withGil} and in fields of {@code @Ungil} classes. To keep one
 * beyond its held section, {@linkplain GilToken#unbind unbind} it into an {@link Unbound
 * Unbound&lt;PyObject&gt;} (PyO3's {@code Py<T>}) and {@linkplain Unbound#bind bind} it again under
 * the lock, on any thread.
 *
 * <p><b>Reference counts.</b> Each handle owns one strong reference to its object. {@link #close()}
 * gives it back at once (use try-with-resources in loops); a handle that is never closed gives it
 * back after the garbage collector found it unreachable, the next time some thread takes the GIL
 * or makes a handle (PyO3's deferred reference pool). Methods that return a {@code PyObject}
 * return a new handle with its own reference; a handle passed as an argument keeps its reference
 * through the call.
 *
 * <p><b>Checks.</b> Every method throws {@link IllegalStateException} if the current thread does
 * not hold the GIL through gil4j ({@code Gil.withGil}, {@code Gil.acquire}) or if the handle was
 * closed; a Python error becomes a {@link PythonException} and leaves no error set. {@link #equals}
 * and {@link #hashCode} are identity of the Python object ({@code is}) and, like {@link
 * #toString()}, need no GIL; Python's {@code ==} is {@link #pyEquals}.
 */
public final @GilBound class PyObject implements AutoCloseable {
  /** The object's address; kept as a number so that no segment object lives as long as the handle. */
  private final long ptr;

  private final PythonBackend backend;
  private final HandleRef ref;
  private boolean closed; // guarded by the GIL

  /**
   * Takes over one reference to {@code ptr} (a new reference, or one the caller increfed); the
   * caller holds the GIL. Gives back first the references of handles the collector found unclosed,
   * so that a thread holding the GIL for long does not pile them up.
   */
  PyObject(MemorySegment ptr, PythonBackend backend) {
    this(ptr.address(), backend);
  }

  /** Like {@link #PyObject(MemorySegment, PythonBackend)}, the object given by its address. */
  private PyObject(long ptr, PythonBackend backend) {
    this.ptr = ptr;
    this.backend = backend;
    backend.drainCollected();
    this.ref = new HandleRef(this, ptr, backend);
  }

  /** The object, after checking this handle may be used here. */
  MemorySegment pointer() {
    return MemorySegment.ofAddress(address());
  }

  /** The object's address, after checking this handle may be used here. */
  long address() {
    if (!backend.attachedHere()) {
      throw new IllegalStateException(
          "PyObject used on thread '"
              + Thread.currentThread().getName()
              + "', which does not hold the GIL (take it with Gil.withGil or Gil.acquire;"
              + " inside allowThreads or a release() scope it is given up)");
    }
    if (closed) {
      throw new IllegalStateException("PyObject used after close()");
    }
    return ptr;
  }

  private PyObject wrap(MemorySegment newRef) {
    return new PyObject(PythonException.check(newRef), backend);
  }

  /** A handle for a new reference given by its address; a Python error when it is 0 (NULL). */
  private PyObject wrap(long newRef) {
    if (newRef == 0L) {
      throw PythonException.fetch();
    }
    return new PyObject(newRef, backend);
  }

  /**
   * {@code getattr(self, name)}.
   *
   * @param name the attribute's name
   * @return a new handle to the attribute's value
   * @throws PythonException if Python raised (an {@code AttributeError}, say)
   */
  public PyObject getAttr(String name) {
    MemorySegment o = pointer();
    try (Arena arena = Arena.ofConfined()) {
      return wrap(
          (MemorySegment) CPython.PyObject_GetAttrString.invokeExact(o, arena.allocateFrom(name)));
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * {@code setattr(self, name, value)}, converting {@code value} as {@link Python#of} does.
   *
   * @param name the attribute's name
   * @param value the new value
   * @throws PythonException if Python raised
   */
  public void setAttr(String name, @Nullable Object value) {
    MemorySegment o = pointer();
    MemorySegment v = Convert.toPy(value);
    try (Arena arena = Arena.ofConfined()) {
      PythonException.check(
          (int) CPython.PyObject_SetAttrString.invokeExact(o, arena.allocateFrom(name), v));
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      CPython.decRef(v);
      Reference.reachabilityFence(this);
    }
  }

  /**
   * {@code self(*args)}, each argument converted as {@link Python#of} does.
   *
   * @param args the positional arguments
   * @return a new handle to the result
   * @throws PythonException if Python raised
   */
  public PyObject call(@Nullable Object... args) {
    if (args.length == 1) {
      return call(args[0]);
    }
    MemorySegment o = pointer();
    try {
      if (args.length == 0) {
        return wrap((MemorySegment) CPython.PyObject_CallNoArgs.invokeExact(o));
      }
      MemorySegment tuple = tuple(args);
      try {
        return wrap(
            (MemorySegment) CPython.PyObject_Call.invokeExact(o, tuple, MemorySegment.NULL));
      } finally {
        CPython.decRef(tuple);
      }
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * {@code self(arg)}, the argument converted as {@link Python#of} does; the one-argument form of
   * {@link #call(Object...)}, with no array (PyO3's {@code call1}). A {@code PyObject} argument is
   * passed as it is, without a reference count of its own for the call.
   *
   * @param arg the argument
   * @return a new handle to the result
   * @throws PythonException if Python raised
   */
  public PyObject call(@Nullable Object arg) {
    long o = address();
    try {
      if (arg instanceof PyObject p) {
        // Borrowed, as the C API allows: the handle holds its reference through the call (the
        // fence below keeps it from being collected meanwhile).
        return wrap((long) CPython.PyObject_CallOneArg_L.invokeExact(o, p.address()));
      }
      long a = Convert.toPy(arg).address();
      try {
        return wrap((long) CPython.PyObject_CallOneArg_L.invokeExact(o, a));
      } finally {
        CPython.decRef(a);
      }
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(arg);
    }
  }

  /**
   * {@code self.name(*args)}.
   *
   * @param name the method's name
   * @param args the positional arguments
   * @return a new handle to the result
   * @throws PythonException if Python raised
   */
  public PyObject callMethod(String name, @Nullable Object... args) {
    try (PyObject method = getAttr(name)) {
      return method.call(args);
    }
  }

  /**
   * {@code self[key]}.
   *
   * @param key the index or key, converted as {@link Python#of} does
   * @return a new handle to the item
   * @throws PythonException if Python raised ({@code IndexError}, {@code KeyError}, ...)
   */
  public PyObject get(@Nullable Object key) {
    MemorySegment o = pointer();
    MemorySegment k = Convert.toPy(key);
    try {
      return wrap((MemorySegment) CPython.PyObject_GetItem.invokeExact(o, k));
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      CPython.decRef(k);
      Reference.reachabilityFence(this);
    }
  }

  /**
   * {@code self[key] = value}.
   *
   * @param key the index or key
   * @param value the new value
   * @throws PythonException if Python raised
   */
  public void set(@Nullable Object key, @Nullable Object value) {
    MemorySegment o = pointer();
    MemorySegment k = Convert.toPy(key);
    try {
      MemorySegment v = Convert.toPy(value);
      try {
        PythonException.check((int) CPython.PyObject_SetItem.invokeExact(o, k, v));
      } finally {
        CPython.decRef(v);
      }
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      CPython.decRef(k);
      Reference.reachabilityFence(this);
    }
  }

  /**
   * {@code len(self)}.
   *
   * @return the length
   * @throws PythonException if the object has no length
   */
  public long len() {
    MemorySegment o = pointer();
    try {
      return PythonException.checkLong((long) CPython.PyObject_Size.invokeExact(o));
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * The items of a sequence or other iterable, {@code list(self)}, as new handles.
   *
   * @return the items
   * @throws PythonException if the object is not iterable
   */
  public List<PyObject> items() {
    try (PyObject listType = new PyObject(addRef(CPython.LIST_TYPE), backend);
        PyObject list = listType.call(this)) {
      MemorySegment l = list.pointer();
      long n = list.len();
      List<PyObject> out = new ArrayList<>((int) n);
      for (long i = 0; i < n; i++) {
        out.add(wrap((MemorySegment) CPython.PySequence_GetItem.invokeExact(l, i)));
      }
      return out;
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * This {@code int} as a Java {@code long}.
   *
   * @return the value
   * @throws PythonException if it is not an {@code int} ({@code TypeError}) or does not fit in 64
   *     bits ({@code OverflowError})
   */
  public long toLong() {
    long o = address();
    try {
      return PythonException.checkLong((long) CPython.PyLong_AsLongLong_L.invokeExact(o));
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * This number as a Java {@code double}, {@code float(self)}.
   *
   * @return the value
   * @throws PythonException if it is not a number
   */
  public double toDouble() {
    MemorySegment o = pointer();
    try {
      double d = (double) CPython.PyFloat_AsDouble.invokeExact(o);
      if (d == -1.0
          && !((MemorySegment) CPython.PyErr_Occurred.invokeExact()).equals(MemorySegment.NULL)) {
        throw PythonException.fetch();
      }
      return d;
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Python's truth value, {@code bool(self)}.
   *
   * @return whether the object is true
   */
  public boolean isTrue() {
    MemorySegment o = pointer();
    try {
      return PythonException.check((int) CPython.PyObject_IsTrue.invokeExact(o)) == 1;
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Whether this is {@code None}.
   *
   * @return {@code self is None}
   */
  public boolean isNone() {
    return pointer().equals(CPython.NONE);
  }

  /**
   * {@code str(self)} as a Java string.
   *
   * @return the text
   * @throws PythonException if {@code __str__} raised
   */
  public String str() {
    return text(true);
  }

  /**
   * {@code repr(self)} as a Java string.
   *
   * @return the text
   * @throws PythonException if {@code __repr__} raised
   */
  public String repr() {
    return text(false);
  }

  private String text(boolean str) {
    MemorySegment o = pointer();
    try {
      MemorySegment s =
          PythonException.check(
              str
                  ? (MemorySegment) CPython.PyObject_Str.invokeExact(o)
                  : (MemorySegment) CPython.PyObject_Repr.invokeExact(o));
      try {
        return Convert.utf8(s);
      } finally {
        CPython.decRef(s);
      }
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * The Java form of this object, deeply: {@code None} to null, {@code bool} to Boolean, {@code
   * int} to Long, {@code float} to Double, {@code str} to String, {@code list} and {@code tuple} to
   * a List, {@code dict} to a LinkedHashMap; other objects to new {@code PyObject} handles.
   *
   * @return the converted value
   * @throws PythonException if an {@code int} does not fit in 64 bits
   */
  public @Nullable Object toJava() {
    MemorySegment o = pointer();
    try {
      return Convert.toJava(o, backend);
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Python's {@code self == other}.
   *
   * @param other the other value, converted as {@link Python#of} does
   * @return the comparison's truth value
   * @throws PythonException if {@code __eq__} raised
   */
  public boolean pyEquals(@Nullable Object other) {
    MemorySegment o = pointer();
    MemorySegment v = Convert.toPy(other);
    try {
      return PythonException.check(
              (int) CPython.PyObject_RichCompareBool.invokeExact(o, v, CPython.PY_EQ))
          == 1;
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    } finally {
      CPython.decRef(v);
      Reference.reachabilityFence(this);
    }
  }

  /**
   * The name of the object's type, {@code type(self).__qualname__}.
   *
   * @return such as {@code "int"} or {@code "Thread"}
   */
  public String typeName() {
    MemorySegment o = pointer();
    try (PyObject type = new PyObject(addRef(CPython.type(o)), backend);
        PyObject name = type.getAttr("__qualname__")) {
      return name.str();
    }
  }

  /**
   * The object's reference count as CPython keeps it ({@code ob_refcnt}); this handle's own
   * reference is included. For tests and diagnostics.
   *
   * @return the count
   */
  public long refCount() {
    return CPython.refCount(pointer());
  }

  /**
   * Another handle to the same object, with a reference of its own (PyO3's {@code clone}).
   *
   * @return the new handle
   */
  public PyObject newRef() {
    return new PyObject(addRef(pointer()), backend);
  }

  private static MemorySegment addRef(MemorySegment o) {
    CPython.incRef(o);
    return o;
  }

  /**
   * Gives this handle's reference back now; the handle is unusable afterwards. Closing twice does
   * nothing. Needs the GIL unless the handle is closed already.
   *
   * @throws IllegalStateException if the current thread does not hold the GIL
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    address(); // the checks
    closed = true;
    ref.release();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PyObject p && p.ptr == ptr;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(ptr);
  }

  /**
   * {@code repr(self)} when the current thread holds the GIL and the handle is open; otherwise the
   * address only (debuggers call this on any thread).
   */
  @Override
  public String toString() {
    if (closed || !backend.attachedHere()) {
      return "PyObject@0x" + Long.toHexString(ptr);
    }
    try {
      return repr();
    } catch (PythonException e) {
      return "PyObject@0x"
          + Long.toHexString(ptr)
          + " (repr raised "
          + e.getMessage()
          + ")";
    }
  }

  private static MemorySegment tuple(@Nullable Object[] args) throws Throwable {
    MemorySegment t =
        PythonException.check((MemorySegment) CPython.PyTuple_New.invokeExact((long) args.length));
    try {
      for (int i = 0; i < args.length; i++) {
        int ignored = (int) CPython.PyTuple_SetItem.invokeExact(t, (long) i, Convert.toPy(args[i]));
      }
      return t;
    } catch (Throwable e) {
      CPython.decRef(t);
      throw e;
    }
  }
}
