package org.gil4j.python;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jspecify.annotations.Nullable;

/**
 * A Python exception, raised by code that gil4j-python ran, as a Java exception: it carries the
 * Python type's qualified name ({@code "ValueError"}, {@code "json.decoder.JSONDecodeError"}), the
 * message ({@code str(exception)}) and the traceback as Python prints it. When this is thrown the
 * interpreter's error indicator has been cleared: the next C call starts clean.
 */
public final class PythonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pythonType;
  private final String pythonMessage;
  private final String pythonTraceback;

  PythonException(String pythonType, String pythonMessage, String pythonTraceback) {
    super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage);
    this.pythonType = pythonType;
    this.pythonMessage = pythonMessage;
    this.pythonTraceback = pythonTraceback;
  }

  /**
   * The exception's type, qualified by its module unless it is a builtin.
   *
   * @return such as {@code "ZeroDivisionError"} or {@code "json.decoder.JSONDecodeError"}
   */
  public String pythonType() {
    return pythonType;
  }

  /**
   * The exception's message, {@code str(e)} in Python.
   *
   * @return the message, possibly empty
   */
  public String pythonMessage() {
    return pythonMessage;
  }

  /**
   * The traceback as {@code traceback.format_exception} renders it, ending with the line {@code
   * "Type: message"}.
   *
   * @return the formatted traceback
   */
  public String pythonTraceback() {
    return pythonTraceback;
  }

  /**
   * Takes the pending Python exception off the interpreter (clearing its error indicator) and turns
   * it into a Java exception. The caller holds the GIL and saw a C call fail.
   */
  static PythonException fetch() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment pt = arena.allocate(ADDRESS);
      MemorySegment pv = arena.allocate(ADDRESS);
      MemorySegment ptb = arena.allocate(ADDRESS);
      CPython.PyErr_Fetch.invokeExact(pt, pv, ptb);
      if (pt.get(ADDRESS, 0).equals(MemorySegment.NULL)) {
        return new PythonException(
            "SystemError", "a Python C call failed without setting an exception", "");
      }
      CPython.PyErr_NormalizeException.invokeExact(pt, pv, ptb);
      MemorySegment type = pt.get(ADDRESS, 0);
      MemorySegment value = pv.get(ADDRESS, 0);
      MemorySegment tb = ptb.get(ADDRESS, 0);
      try {
        if (!tb.equals(MemorySegment.NULL) && !value.equals(MemorySegment.NULL)) {
          int ignored = (int) CPython.PyException_SetTraceback.invokeExact(value, tb);
        }
        String typeName = typeName(type);
        String message = value.equals(MemorySegment.NULL) ? "" : strOrEmpty(value);
        String traceback = formatted(value, typeName, message);
        return new PythonException(typeName, message, traceback);
      } finally {
        decRefIfSet(type);
        decRefIfSet(value);
        decRefIfSet(tb);
        CPython.PyErr_Clear.invokeExact(); // whatever rendering the exception raised
      }
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    }
  }

  /** Throws the pending Python exception if {@code result} is NULL; returns it otherwise. */
  static MemorySegment check(MemorySegment result) {
    if (result.equals(MemorySegment.NULL)) {
      throw fetch();
    }
    return result;
  }

  /** Throws the pending Python exception if a C call returned {@code -1}. */
  static int check(int status) {
    if (status == -1) {
      throw fetch();
    }
    return status;
  }

  /** Throws the pending Python exception if {@code -1} came back and an error is set. */
  static long checkLong(long value) throws Throwable {
    if (value == -1
        && !((MemorySegment) CPython.PyErr_Occurred.invokeExact()).equals(MemorySegment.NULL)) {
      throw fetch();
    }
    return value;
  }

  private static String typeName(MemorySegment type) throws Throwable {
    String qualname = attrString(type, "__qualname__");
    String module = attrString(type, "__module__");
    if (qualname == null) {
      return "<unknown exception type>";
    }
    return module == null || module.equals("builtins") ? qualname : module + "." + qualname;
  }

  private static @Nullable String attrString(MemorySegment obj, String name) throws Throwable {
    MemorySegment attr;
    try (Arena arena = Arena.ofConfined()) {
      attr =
          (MemorySegment) CPython.PyObject_GetAttrString.invokeExact(obj, arena.allocateFrom(name));
    }
    if (attr.equals(MemorySegment.NULL)) {
      CPython.PyErr_Clear.invokeExact();
      return null;
    }
    try {
      return strOrEmpty(attr);
    } finally {
      CPython.decRef(attr);
    }
  }

  private static String strOrEmpty(MemorySegment obj) throws Throwable {
    MemorySegment s = (MemorySegment) CPython.PyObject_Str.invokeExact(obj);
    if (s.equals(MemorySegment.NULL)) {
      CPython.PyErr_Clear.invokeExact();
      return "<str() failed>";
    }
    try {
      String j = Convert.utf8OrNull(s);
      if (j == null) {
        CPython.PyErr_Clear.invokeExact();
        return "<not UTF-8>";
      }
      return j;
    } finally {
      CPython.decRef(s);
    }
  }

  /** {@code "".join(traceback.format_exception(value))}, or the last line alone if that fails. */
  private static String formatted(MemorySegment value, String typeName, String message)
      throws Throwable {
    String fallback = message.isEmpty() ? typeName + "\n" : typeName + ": " + message + "\n";
    if (value.equals(MemorySegment.NULL)) {
      return fallback;
    }
    MemorySegment joined = MemorySegment.NULL;
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment mod =
          (MemorySegment)
              CPython.PyImport_ImportModule.invokeExact(arena.allocateFrom("traceback"));
      if (mod.equals(MemorySegment.NULL)) {
        return fallback;
      }
      MemorySegment fn =
          (MemorySegment)
              CPython.PyObject_GetAttrString.invokeExact(
                  mod, arena.allocateFrom("format_exception"));
      CPython.decRef(mod);
      if (fn.equals(MemorySegment.NULL)) {
        return fallback;
      }
      MemorySegment lines = (MemorySegment) CPython.PyObject_CallOneArg.invokeExact(fn, value);
      CPython.decRef(fn);
      if (lines.equals(MemorySegment.NULL)) {
        return fallback;
      }
      MemorySegment empty =
          (MemorySegment)
              CPython.PyUnicode_FromStringAndSize.invokeExact(arena.allocateFrom(""), 0L);
      MemorySegment join =
          (MemorySegment)
              CPython.PyObject_GetAttrString.invokeExact(empty, arena.allocateFrom("join"));
      CPython.decRef(empty);
      joined = (MemorySegment) CPython.PyObject_CallOneArg.invokeExact(join, lines);
      CPython.decRef(join);
      CPython.decRef(lines);
      if (joined.equals(MemorySegment.NULL)) {
        return fallback;
      }
      String s = Convert.utf8OrNull(joined);
      return s == null ? fallback : s;
    } finally {
      decRefIfSet(joined);
    }
  }

  private static void decRefIfSet(MemorySegment obj) {
    if (!obj.equals(MemorySegment.NULL)) {
      CPython.decRef(obj);
    }
  }
}
