package org.gil4j.python;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.jspecify.annotations.Nullable;

/**
 * The embedded CPython interpreter, and the entry point of gil4j-python. {@link #initialize()}
 * loads libpython3, starts the interpreter and makes {@link Gil} be CPython's GIL; from then on
 * {@code Gil.withGil}, {@code Gil.acquire}, {@code allowThreads}, {@code release()} and {@code
 * checkpoint()} take, give up and share the real GIL, and the static methods here create {@link
 * PyObject} handles.
 *
 * <pre>{@code
 * Python.initialize();
 * long n = Gil.withGil(gil -> {
 *   try (PyObject math = Python.importModule(gil, "math")) {
 *     return math.callMethod("factorial", 20).toLong();
 *   }
 * });
 * }</pre>
 *
 * <p>The interpreter is never finalised: it lives as long as the JVM. At JVM exit a shutdown hook
 * flushes Python's {@code sys.stdout} and {@code sys.stderr} if it gets the GIL within {@link
 * #EXIT_FLUSH_WAIT}, and does nothing else: Python's {@code atexit} functions do not run and
 * Python threads stop with the process (the module's README says why).
 */
public final class Python {
  /**
   * How long the shutdown hook waits for the GIL to flush Python's standard streams; a thread that
   * keeps holding it (one that called {@code System.exit} inside {@code withGil}, say) costs the
   * exit no more than this.
   */
  public static final Duration EXIT_FLUSH_WAIT = Duration.ofMillis(500);

  /** Flushes the standard streams, each on its own (one that fails does not stop the other). */
  private static final String FLUSH =
      "import sys\n"
          + "for s in (sys.stdout, sys.stderr):\n"
          + "    try:\n"
          + "        if s is not None:\n"
          + "            s.flush()\n"
          + "    except Exception:\n"
          + "        pass\n";

  private static volatile @Nullable PythonBackend backend;

  private Python() {}

  /**
   * Loads libpython3 (see {@code -Dgil4j.python.library}), starts the interpreter without its
   * signal handlers ({@code Py_InitializeEx(0)}; the JVM keeps its own), gives the GIL up and
   * installs it behind {@link Gil}. Does nothing when called again. Call it before the first {@code
   * Gil.acquire} or {@code Gil.withGil} of the process, on a platform thread.
   *
   * @throws PythonUnavailableException if libpython3 cannot be loaded or the interpreter does not
   *     start; the message says what to install
   * @throws IllegalStateException if a thread holds gil4j's lock now, or another backend is
   *     installed
   */
  public static void initialize() {
    if (backend != null) {
      return;
    }
    start();
  }

  private static synchronized void start() {
    if (backend != null) {
      return;
    }
    if (Gil.backend().isPresent()) {
      throw new IllegalStateException(
          "another GIL backend is installed already: " + Gil.backend().get().name());
    }
    if (Gil.isHeld()) {
      throw new IllegalStateException(
          "Python.initialize() must run before this thread takes the lock (it holds it now)");
    }
    try {
      String library = CPython.LIBRARY;
      if ((int) CPython.Py_IsInitialized.invokeExact() == 0) {
        CPython.Py_InitializeEx.invokeExact(0);
      }
      if ((int) CPython.Py_IsInitialized.invokeExact() == 0) {
        throw new PythonUnavailableException("Py_InitializeEx did not start " + library);
      }
      MemorySegment version =
          ((MemorySegment) CPython.Py_GetVersion.invokeExact()).reinterpret(Integer.MAX_VALUE);
      String v = version.getString(0);
      v = v.contains(" ") ? v.substring(0, v.indexOf(' ')) : v;
      MemorySegment main = CPython.saveThread(); // the GIL is free from now on
      PythonBackend b = new PythonBackend(Thread.currentThread(), main, v);
      try {
        Gil.installBackend(b);
      } catch (RuntimeException e) {
        CPython.restoreThread(main); // keep the interpreter as we found it: GIL held here
        throw e;
      }
      backend = b;
      Runtime.getRuntime().addShutdownHook(new Thread(Python::flushAtExit, "gil4j-python-exit"));
    } catch (ExceptionInInitializerError e) {
      Throwable cause = e.getCause();
      if (cause instanceof PythonUnavailableException p) {
        throw p;
      }
      throw new PythonUnavailableException("libpython3 could not be bound: " + cause);
    } catch (NoClassDefFoundError e) {
      throw new PythonUnavailableException("libpython3 could not be loaded earlier: " + e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    }
  }

  /**
   * The shutdown hook: flushes Python's buffered standard streams, so that what Python code wrote
   * without a newline or into a pipe reaches it; gives up after {@link #EXIT_FLUSH_WAIT} if the GIL
   * does not come. Never finalises the interpreter.
   */
  static void flushAtExit() {
    try (GilToken gil = Gil.acquire(EXIT_FLUSH_WAIT);
        PyObject ns = newDict(gil)) {
      exec(gil, FLUSH, ns);
    } catch (RuntimeException e) {
      // the GIL did not come in time, or the streams are gone: the process ends all the same
    }
  }

  /**
   * Whether {@link #initialize()} succeeded.
   *
   * @return true once the interpreter runs behind {@link Gil}
   */
  public static boolean isInitialized() {
    return backend != null;
  }

  /**
   * The interpreter's version, such as {@code "3.11.7"}.
   *
   * @return the version
   * @throws IllegalStateException before {@link #initialize()}
   */
  public static String version() {
    String n = backend().name();
    return n.substring(n.indexOf(' ') + 1);
  }

  /**
   * {@code import name}.
   *
   * @param gil proof that this thread holds the GIL
   * @param name the module's dotted name
   * @return a new handle to the module
   * @throws PythonException if the import failed ({@code ModuleNotFoundError}, ...)
   */
  public static PyObject importModule(GilToken gil, String name) {
    PythonBackend b = held(gil);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment m =
          (MemorySegment) CPython.PyImport_ImportModule.invokeExact(arena.allocateFrom(name));
      return new PyObject(PythonException.check(m), b);
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    }
  }

  /**
   * Evaluates an expression in the namespace of {@code __main__}.
   *
   * @param gil proof that this thread holds the GIL
   * @param expression a Python expression
   * @return a new handle to its value
   * @throws PythonException if it does not compile or raised
   */
  public static PyObject eval(GilToken gil, String expression) {
    return run(held(gil), expression, CPython.PY_EVAL_INPUT, null);
  }

  /**
   * Runs statements in the namespace of {@code __main__}, like a script.
   *
   * @param gil proof that this thread holds the GIL
   * @param code Python statements
   * @throws PythonException if they do not compile or raised
   */
  public static void exec(GilToken gil, String code) {
    run(held(gil), code, CPython.PY_FILE_INPUT, null).close();
  }

  /**
   * Runs statements with {@code globals} as their namespace (a {@code dict}, e.g. from {@link
   * #newDict}), so that separate pieces of code do not share names.
   *
   * @param gil proof that this thread holds the GIL
   * @param code Python statements
   * @param globals the namespace
   * @throws PythonException if they do not compile or raised
   */
  public static void exec(GilToken gil, String code, PyObject globals) {
    run(held(gil), code, CPython.PY_FILE_INPUT, globals).close();
  }

  /**
   * Evaluates an expression with {@code globals} as its namespace.
   *
   * @param gil proof that this thread holds the GIL
   * @param expression a Python expression
   * @param globals the namespace
   * @return a new handle to its value
   * @throws PythonException if it does not compile or raised
   */
  public static PyObject eval(GilToken gil, String expression, PyObject globals) {
    return run(held(gil), expression, CPython.PY_EVAL_INPUT, globals);
  }

  /**
   * The Python form of a Java value: null to {@code None}, Boolean to {@code bool}, Byte, Short,
   * Integer and Long to {@code int}, Float and Double to {@code float}, a CharSequence or Character
   * to {@code str}, a Collection or an array to a {@code list}, a Map to a {@code dict} (keys and
   * values converted the same way), a {@link PyObject} to itself.
   *
   * @param gil proof that this thread holds the GIL
   * @param value the Java value
   * @return a new handle
   * @throws IllegalArgumentException for any other Java type
   */
  public static PyObject of(GilToken gil, @Nullable Object value) {
    return new PyObject(Convert.toPy(value), held(gil));
  }

  /**
   * A new empty {@code dict}, for example a namespace for {@link #exec(GilToken, String,
   * PyObject)}.
   *
   * @param gil proof that this thread holds the GIL
   * @return a new handle
   */
  public static PyObject newDict(GilToken gil) {
    PythonBackend b = held(gil);
    try {
      return new PyObject(
          PythonException.check((MemorySegment) CPython.PyDict_New.invokeExact()), b);
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    }
  }

  /** Runs code; {@code globals} null means {@code __main__}'s. */
  private static PyObject run(PythonBackend b, String code, int mode, @Nullable PyObject globals) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment g;
      if (globals == null) {
        MemorySegment main =
            PythonException.check(
                (MemorySegment)
                    CPython.PyImport_AddModule.invokeExact(arena.allocateFrom("__main__")));
        g = (MemorySegment) CPython.PyModule_GetDict.invokeExact(main); // borrowed
      } else {
        g = globals.pointer(); // PyRun_String adds __builtins__ to it when missing
      }
      MemorySegment r =
          (MemorySegment) CPython.PyRun_String.invokeExact(arena.allocateFrom(code), mode, g, g);
      return new PyObject(PythonException.check(r), b);
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    }
  }

  /** The backend, after checking that {@code gil} is valid and the GIL is attached. */
  private static PythonBackend held(GilToken gil) {
    PythonBackend b = backend();
    if (!Gil.isHeld() || !b.attachedHere()) {
      throw new IllegalStateException(
          "the GilToken passed is not held by thread '" + Thread.currentThread().getName() + "'");
    }
    gil.unbind(b); // unbind validates the token itself (its thread, its scope) and throws if not
    return b;
  }

  static PythonBackend backend() {
    PythonBackend b = backend;
    if (b == null) {
      throw new IllegalStateException("call Python.initialize() first");
    }
    return b;
  }
}
