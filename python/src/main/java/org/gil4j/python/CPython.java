package org.gil4j.python;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The C API of libpython3, bound with the FFM API: one downcall handle per function gil4j uses, and
 * the addresses of the few static objects it compares against. Loading this class loads the library
 * (with {@code RTLD_GLOBAL}, so that extension modules Python imports later find its symbols) but
 * does not start the interpreter. Every method is a plain C call: the caller holds the GIL where
 * the C API needs it and checks for errors.
 */
final class CPython {
  /** The property that names the library explicitly (a file name or an absolute path). */
  static final String LIBRARY_PROPERTY = "gil4j.python.library";

  /** Tried in this order when the property is not set: Debian's names, newest tested first. */
  static final List<String> CANDIDATES =
      List.of("libpython3.11.so.1.0", "libpython3.12.so.1.0", "libpython3.13.so.1.0");

  static final int PY_SINGLE_INPUT = 256;
  static final int PY_FILE_INPUT = 257;
  static final int PY_EVAL_INPUT = 258;
  static final int PY_EQ = 2;

  private static final Linker LINKER = Linker.nativeLinker();
  static final String LIBRARY = load();
  private static final SymbolLookup LIB = SymbolLookup.libraryLookup(LIBRARY, Arena.global());

  private static final FunctionDescriptor P_ = FunctionDescriptor.of(ADDRESS);
  private static final FunctionDescriptor P_P = FunctionDescriptor.of(ADDRESS, ADDRESS);
  private static final FunctionDescriptor P_PP = FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS);
  private static final FunctionDescriptor P_PPP =
      FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS);
  private static final FunctionDescriptor I_P = FunctionDescriptor.of(JAVA_INT, ADDRESS);
  private static final FunctionDescriptor I_PP = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
  private static final FunctionDescriptor I_PPP =
      FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
  private static final FunctionDescriptor V_P = FunctionDescriptor.ofVoid(ADDRESS);
  private static final FunctionDescriptor V_ = FunctionDescriptor.ofVoid();

  // Interpreter and thread states.
  static final MethodHandle Py_InitializeEx =
      fn("Py_InitializeEx", FunctionDescriptor.ofVoid(JAVA_INT));
  static final MethodHandle Py_IsInitialized =
      fn("Py_IsInitialized", FunctionDescriptor.of(JAVA_INT));
  static final MethodHandle Py_GetVersion = fn("Py_GetVersion", P_);
  static final MethodHandle PyEval_SaveThread = fn("PyEval_SaveThread", P_);
  static final MethodHandle PyEval_RestoreThread = fn("PyEval_RestoreThread", V_P);
  static final MethodHandle PyGILState_Ensure =
      fn("PyGILState_Ensure", FunctionDescriptor.of(JAVA_INT));
  static final MethodHandle PyGILState_Release =
      fn("PyGILState_Release", FunctionDescriptor.ofVoid(JAVA_INT));
  static final MethodHandle PyGILState_GetThisThreadState = fn("PyGILState_GetThisThreadState", P_);
  static final MethodHandle PyGILState_Check =
      fn("PyGILState_Check", FunctionDescriptor.of(JAVA_INT));
  static final MethodHandle PyThreadState_Clear = fn("PyThreadState_Clear", V_P);
  static final MethodHandle PyThreadState_Delete = fn("PyThreadState_Delete", V_P);
  static final MethodHandle PyInterpreterState_Main = fn("PyInterpreterState_Main", P_);
  static final MethodHandle PyInterpreterState_ThreadHead =
      fn("PyInterpreterState_ThreadHead", P_P);
  static final MethodHandle PyThreadState_Next = fn("PyThreadState_Next", P_P);

  // Reference counts and errors.
  static final MethodHandle Py_IncRef = fn("Py_IncRef", V_P);
  static final MethodHandle Py_DecRef = fn("Py_DecRef", V_P);
  static final MethodHandle PyErr_Occurred = fn("PyErr_Occurred", P_);
  static final MethodHandle PyErr_Fetch =
      fn("PyErr_Fetch", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
  static final MethodHandle PyErr_NormalizeException =
      fn("PyErr_NormalizeException", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
  static final MethodHandle PyErr_Clear = fn("PyErr_Clear", V_);
  static final MethodHandle PyException_SetTraceback = fn("PyException_SetTraceback", I_PP);

  // Objects.
  static final MethodHandle PyObject_Str = fn("PyObject_Str", P_P);
  static final MethodHandle PyObject_Repr = fn("PyObject_Repr", P_P);
  static final MethodHandle PyObject_GetAttrString = fn("PyObject_GetAttrString", P_PP);
  static final MethodHandle PyObject_SetAttrString = fn("PyObject_SetAttrString", I_PPP);
  static final MethodHandle PyObject_HasAttrString = fn("PyObject_HasAttrString", I_PP);
  static final MethodHandle PyObject_Call = fn("PyObject_Call", P_PPP);
  static final MethodHandle PyObject_CallNoArgs = fn("PyObject_CallNoArgs", P_P);
  static final MethodHandle PyObject_CallOneArg = fn("PyObject_CallOneArg", P_PP);
  static final MethodHandle PyObject_GetItem = fn("PyObject_GetItem", P_PP);
  static final MethodHandle PyObject_SetItem = fn("PyObject_SetItem", I_PPP);
  static final MethodHandle PyObject_Size =
      fn("PyObject_Size", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
  static final MethodHandle PyObject_IsTrue = fn("PyObject_IsTrue", I_P);
  static final MethodHandle PyObject_RichCompareBool =
      fn("PyObject_RichCompareBool", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
  static final MethodHandle PyObject_Hash =
      fn("PyObject_Hash", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
  static final MethodHandle PyType_IsSubtype = fn("PyType_IsSubtype", I_PP);

  // Conversions.
  static final MethodHandle PyLong_FromLongLong =
      fn("PyLong_FromLongLong", FunctionDescriptor.of(ADDRESS, JAVA_LONG));
  static final MethodHandle PyLong_AsLongLong =
      fn("PyLong_AsLongLong", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
  static final MethodHandle PyFloat_FromDouble =
      fn("PyFloat_FromDouble", FunctionDescriptor.of(ADDRESS, JAVA_DOUBLE));
  static final MethodHandle PyFloat_AsDouble =
      fn("PyFloat_AsDouble", FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS));
  static final MethodHandle PyBool_FromLong =
      fn("PyBool_FromLong", FunctionDescriptor.of(ADDRESS, JAVA_LONG));
  static final MethodHandle PyUnicode_FromStringAndSize =
      fn("PyUnicode_FromStringAndSize", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
  static final MethodHandle PyUnicode_AsUTF8AndSize = fn("PyUnicode_AsUTF8AndSize", P_PP);
  static final MethodHandle PyTuple_New =
      fn("PyTuple_New", FunctionDescriptor.of(ADDRESS, JAVA_LONG));
  static final MethodHandle PyTuple_SetItem =
      fn("PyTuple_SetItem", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS));
  static final MethodHandle PyList_New =
      fn("PyList_New", FunctionDescriptor.of(ADDRESS, JAVA_LONG));
  static final MethodHandle PyList_SetItem =
      fn("PyList_SetItem", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS));
  static final MethodHandle PySequence_Size =
      fn("PySequence_Size", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
  static final MethodHandle PySequence_GetItem =
      fn("PySequence_GetItem", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
  static final MethodHandle PyDict_New = fn("PyDict_New", P_);
  static final MethodHandle PyDict_SetItem = fn("PyDict_SetItem", I_PPP);
  static final MethodHandle PyDict_Next =
      fn("PyDict_Next", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));

  // Modules and code.
  static final MethodHandle PyImport_ImportModule = fn("PyImport_ImportModule", P_P);
  static final MethodHandle PyImport_AddModule = fn("PyImport_AddModule", P_P);
  static final MethodHandle PyModule_GetDict = fn("PyModule_GetDict", P_P);
  static final MethodHandle PyRun_String =
      fn("PyRun_String", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));

  // The hot calls of a handle, with object pointers passed and returned as 64-bit integers: a
  // MemorySegment made for each argument and result is an allocation the JIT does not always
  // remove, and these run for every call and close. Same C functions, same ABI on the 64-bit
  // platforms the FFM API supports (checked below).
  static final MethodHandle Py_DecRef_L = fn("Py_DecRef", FunctionDescriptor.ofVoid(JAVA_LONG));
  static final MethodHandle PyObject_CallOneArg_L =
      fn("PyObject_CallOneArg", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  static final MethodHandle PyLong_AsLongLong_L =
      fn("PyLong_AsLongLong", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  // Static objects (their addresses; none is ever freed).
  static final MemorySegment NONE = data("_Py_NoneStruct");
  static final MemorySegment TRUE = data("_Py_TrueStruct");
  static final MemorySegment FALSE = data("_Py_FalseStruct");
  static final MemorySegment LONG_TYPE = data("PyLong_Type");
  static final MemorySegment FLOAT_TYPE = data("PyFloat_Type");
  static final MemorySegment BOOL_TYPE = data("PyBool_Type");
  static final MemorySegment UNICODE_TYPE = data("PyUnicode_Type");
  static final MemorySegment LIST_TYPE = data("PyList_Type");
  static final MemorySegment TUPLE_TYPE = data("PyTuple_Type");
  static final MemorySegment DICT_TYPE = data("PyDict_Type");

  static {
    if (ADDRESS.byteSize() != JAVA_LONG.byteSize()) {
      throw new PythonUnavailableException(
          "gil4j-python needs 64-bit pointers; this platform has " + ADDRESS.byteSize() * 8);
    }
  }

  private CPython() {}

  /** How many thread states the main interpreter has; the caller holds the GIL. */
  static int threadStateCount() {
    try {
      MemorySegment interp = (MemorySegment) PyInterpreterState_Main.invokeExact();
      int n = 0;
      MemorySegment ts = (MemorySegment) PyInterpreterState_ThreadHead.invokeExact(interp);
      while (!ts.equals(MemorySegment.NULL)) {
        n++;
        ts = (MemorySegment) PyThreadState_Next.invokeExact(ts);
      }
      return n;
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  /** Reads {@code ob_refcnt}: the first word of every object (non-debug builds). */
  static long refCount(MemorySegment obj) {
    return obj.reinterpret(16).get(JAVA_LONG, 0);
  }

  /** Reads {@code ob_type}: the second word of every object. */
  static MemorySegment type(MemorySegment obj) {
    return obj.reinterpret(16).get(ADDRESS, 8);
  }

  /** Whether {@code obj}'s type is {@code type} or a subtype of it. */
  static boolean isInstance(MemorySegment obj, MemorySegment type) {
    MemorySegment t = type(obj);
    if (t.equals(type)) {
      return true;
    }
    try {
      return (int) PyType_IsSubtype.invokeExact(t, type) != 0;
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static void incRef(MemorySegment obj) {
    try {
      Py_IncRef.invokeExact(obj);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static void decRef(MemorySegment obj) {
    try {
      Py_DecRef.invokeExact(obj);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  /** {@code Py_DecRef} of an object given by its address. */
  static void decRef(long obj) {
    try {
      Py_DecRef_L.invokeExact(obj);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static MemorySegment saveThread() {
    try {
      return (MemorySegment) PyEval_SaveThread.invokeExact();
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  static void restoreThread(MemorySegment tstate) {
    try {
      PyEval_RestoreThread.invokeExact(tstate);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  /** A downcall can only throw what the JVM throws around it (a StackOverflowError, say). */
  static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException("unexpected checked exception from a C call", t);
  }

  private static MethodHandle fn(String name, FunctionDescriptor d) {
    return LINKER.downcallHandle(symbol(name), d);
  }

  private static MemorySegment data(String name) {
    return symbol(name).reinterpret(16);
  }

  private static MemorySegment symbol(String name) {
    return LIB.find(name)
        .orElseThrow(() -> new IllegalStateException(LIBRARY + " has no symbol " + name));
  }

  /**
   * Opens the library with {@code dlopen(RTLD_NOW | RTLD_GLOBAL)} and returns the name it was found
   * under. Python's extension modules (Debian's {@code lib-dynload}) are not linked against
   * libpython and need its symbols in the global namespace, which the FFM API's own lookup ({@code
   * RTLD_LOCAL}) does not give.
   */
  private static String load() {
    String wanted = System.getProperty(LIBRARY_PROPERTY);
    List<String> names = wanted == null || wanted.isBlank() ? CANDIDATES : List.of(wanted);
    MethodHandle dlopen =
        LINKER.downcallHandle(
            LINKER.defaultLookup().find("dlopen").orElseThrow(),
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    List<String> tried = new ArrayList<>();
    try (Arena arena = Arena.ofConfined()) {
      for (String name : names) {
        MemorySegment handle = (MemorySegment) dlopen.invokeExact(arena.allocateFrom(name), 0x102);
        if (!handle.equals(MemorySegment.NULL)) {
          return name;
        }
        tried.add(name);
      }
    } catch (Throwable e) {
      throw rethrow(e);
    }
    throw new PythonUnavailableException(
        "libpython3 not found (tried "
            + String.join(", ", tried)
            + (Files.exists(Path.of("/etc/debian_version"))
                ? "); install it with: apt-get install libpython3.11"
                : "); install the shared libpython3 of your system")
            + ", or name it with -D"
            + LIBRARY_PROPERTY
            + "=<file name or path>");
  }
}
