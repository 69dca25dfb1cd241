package org.gil4j.python;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Conversions between Java values and Python objects. Every method needs the GIL; every {@code
 * MemorySegment} it returns is a new (owned) reference.
 */
final class Convert {
  private Convert() {}

  /**
   * A new reference to the Python form of {@code value}: {@code None}, a {@link PyObject}'s own
   * object, {@code bool}, {@code int} (from {@code Byte}, {@code Short}, {@code Integer}, {@code
   * Long}), {@code float} (from {@code Float}, {@code Double}), {@code str} (from a {@code
   * CharSequence} or {@code Character}), {@code list} (from a {@code Collection} or an {@code
   * Object[]}), {@code dict} (from a {@code Map}).
   */
  static MemorySegment toPy(@Nullable Object value) {
    try {
      if (value == null) {
        CPython.incRef(CPython.NONE);
        return CPython.NONE;
      }
      if (value instanceof PyObject p) {
        MemorySegment o = p.pointer();
        CPython.incRef(o);
        return o;
      }
      if (value instanceof Boolean b) {
        return PythonException.check(
            (MemorySegment) CPython.PyBool_FromLong.invokeExact(b ? 1L : 0L));
      }
      if (value instanceof Long
          || value instanceof Integer
          || value instanceof Short
          || value instanceof Byte) {
        long l = ((Number) value).longValue();
        return PythonException.check((MemorySegment) CPython.PyLong_FromLongLong.invokeExact(l));
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        return PythonException.check((MemorySegment) CPython.PyFloat_FromDouble.invokeExact(d));
      }
      if (value instanceof CharSequence || value instanceof Character) {
        return str(value.toString());
      }
      if (value instanceof Collection<?> c) {
        return list(new ArrayList<>(c));
      }
      if (value instanceof Object[] a) {
        return list(List.of(a));
      }
      if (value instanceof Map<?, ?> m) {
        return dict(m);
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    }
    throw new IllegalArgumentException(
        "cannot convert a " + value.getClass().getName() + " to a Python object");
  }

  /** A new {@code str} from a Java string (lone surrogates become '?', as UTF-8 encoding does). */
  static MemorySegment str(String s) throws Throwable {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buf = arena.allocate(Math.max(1, utf8.length));
      MemorySegment.copy(utf8, 0, buf, JAVA_BYTE, 0, utf8.length);
      return PythonException.check(
          (MemorySegment) CPython.PyUnicode_FromStringAndSize.invokeExact(buf, (long) utf8.length));
    }
  }

  private static MemorySegment list(List<?> items) throws Throwable {
    MemorySegment list =
        PythonException.check((MemorySegment) CPython.PyList_New.invokeExact((long) items.size()));
    try {
      for (int i = 0; i < items.size(); i++) {
        MemorySegment item = toPy(items.get(i));
        int ignored = (int) CPython.PyList_SetItem.invokeExact(list, (long) i, item); // steals item
      }
      return list;
    } catch (Throwable e) {
      CPython.decRef(list); // the slots filled so far go with it
      throw e;
    }
  }

  private static MemorySegment dict(Map<?, ?> map) throws Throwable {
    MemorySegment dict = PythonException.check((MemorySegment) CPython.PyDict_New.invokeExact());
    try {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        MemorySegment k = toPy(e.getKey());
        try {
          MemorySegment v = toPy(e.getValue());
          try {
            PythonException.check((int) CPython.PyDict_SetItem.invokeExact(dict, k, v));
          } finally {
            CPython.decRef(v);
          }
        } finally {
          CPython.decRef(k);
        }
      }
      return dict;
    } catch (Throwable e) {
      CPython.decRef(dict);
      throw e;
    }
  }

  /** The UTF-8 text of a {@code str}, or null with the error indicator set. */
  static @Nullable String utf8OrNull(MemorySegment str) throws Throwable {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment size = arena.allocate(JAVA_LONG);
      MemorySegment data = (MemorySegment) CPython.PyUnicode_AsUTF8AndSize.invokeExact(str, size);
      if (data.equals(MemorySegment.NULL)) {
        return null;
      }
      long n = size.get(JAVA_LONG, 0);
      byte[] bytes = data.reinterpret(n).toArray(JAVA_BYTE);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** The text of a {@code str} object; a PythonException if it is not one. */
  static String utf8(MemorySegment str) throws Throwable {
    String s = utf8OrNull(str);
    if (s == null) {
      throw PythonException.fetch();
    }
    return s;
  }

  /**
   * The Java form of a Python object, deeply: {@code None} to null, {@code bool} to Boolean, {@code
   * int} to Long (a PythonException for one beyond 64 bits), {@code float} to Double, {@code str}
   * to String, {@code list}/{@code tuple} to a List, {@code dict} to a LinkedHashMap in the dict's
   * order; anything else to a new {@link PyObject} handle.
   */
  static @Nullable Object toJava(MemorySegment o, PythonBackend backend) throws Throwable {
    if (o.equals(CPython.NONE)) {
      return null;
    }
    if (CPython.isInstance(o, CPython.BOOL_TYPE)) {
      return o.equals(CPython.TRUE);
    }
    if (CPython.isInstance(o, CPython.LONG_TYPE)) {
      return PythonException.checkLong((long) CPython.PyLong_AsLongLong.invokeExact(o));
    }
    if (CPython.isInstance(o, CPython.FLOAT_TYPE)) {
      return (double) CPython.PyFloat_AsDouble.invokeExact(o);
    }
    if (CPython.isInstance(o, CPython.UNICODE_TYPE)) {
      return utf8(o);
    }
    if (CPython.isInstance(o, CPython.LIST_TYPE) || CPython.isInstance(o, CPython.TUPLE_TYPE)) {
      long n = PythonException.checkLong((long) CPython.PySequence_Size.invokeExact(o));
      List<@Nullable Object> out = new ArrayList<>((int) n);
      for (long i = 0; i < n; i++) {
        MemorySegment item =
            PythonException.check((MemorySegment) CPython.PySequence_GetItem.invokeExact(o, i));
        try {
          out.add(toJava(item, backend));
        } finally {
          CPython.decRef(item);
        }
      }
      return out;
    }
    if (CPython.isInstance(o, CPython.DICT_TYPE)) {
      Map<@Nullable Object, @Nullable Object> out = new LinkedHashMap<>();
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment pos = arena.allocate(JAVA_LONG);
        MemorySegment k = arena.allocate(ADDRESS);
        MemorySegment v = arena.allocate(ADDRESS);
        while ((int) CPython.PyDict_Next.invokeExact(o, pos, k, v) != 0) {
          out.put(toJava(k.get(ADDRESS, 0), backend), toJava(v.get(ADDRESS, 0), backend));
        }
      }
      return out;
    }
    CPython.incRef(o);
    return new PyObject(o, backend);
  }
}
