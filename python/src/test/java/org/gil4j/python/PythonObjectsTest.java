package org.gil4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Calls, attributes, conversions and exceptions through {@link PyObject} on the real CPython. */
class PythonObjectsTest {
  @BeforeAll
  static void start() {
    Python.initialize();
  }

  /** Whether the interpreter's error indicator is set; the caller holds the GIL. */
  static boolean errorSet() throws Throwable {
    return !((MemorySegment) CPython.PyErr_Occurred.invokeExact()).equals(MemorySegment.NULL);
  }

  @Test
  void theLockIsCPythonsGil() throws Throwable {
    assertEquals("CPython " + Python.version(), Gil.backend().orElseThrow().name());
    assertTrue(Python.version().startsWith("3."));
    Gil.runWithGil(
        gil -> {
          assertEquals(1, (int) CPython.PyGILState_Check.invokeExact());
          gil.allowThreads(() -> assertEquals(0, (int) CPython.PyGILState_Check.invokeExact()));
          assertEquals(1, (int) CPython.PyGILState_Check.invokeExact());
        });
  }

  @Test
  void convertsIntsFloatsStringsListsAndDictsBothWays() throws Throwable {
    Gil.runWithGil(
        gil -> {
          try (PyObject three = Python.eval(gil, "1 + 2")) {
            assertEquals(3L, three.toLong());
            assertEquals("int", three.typeName());
          }
          try (PyObject f = Python.of(gil, 0.25)) {
            assertEquals(0.25, f.toDouble());
            assertEquals("0.25", f.repr());
          }
          String text = "h\u00e9llo \u20ac \uD834\uDD1E";
          try (PyObject s = Python.of(gil, text);
              PyObject len = Python.eval(gil, "len")) {
            assertEquals(text, s.str());
            assertEquals(9L, s.len()); // code points, not UTF-16 units
          }
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("xs", List.of(1L, 2.5, "three", true));
          m.put("none", null);
          m.put("nested", Map.of("k", List.of()));
          try (PyObject d = Python.of(gil, m)) {
            assertEquals("dict", d.typeName());
            assertEquals(m, d.toJava());
            try (PyObject xs = d.get("xs")) {
              assertEquals("[1, 2.5, 'three', True]", xs.repr());
            }
          }
          try (PyObject big = Python.eval(gil, "2 ** 64")) {
            PythonException e = assertThrows(PythonException.class, big::toLong);
            assertEquals("OverflowError", e.pythonType());
            assertFalse(errorSet());
          }
          try (PyObject tuple = Python.eval(gil, "(1, 'a', None)")) {
            assertEquals(java.util.Arrays.asList(1L, "a", null), tuple.toJava());
          }
          try (PyObject none = Python.eval(gil, "None")) {
            assertTrue(none.isNone());
            assertNull(none.toJava());
          }
          assertThrows(IllegalArgumentException.class, () -> Python.of(gil, new Object()));
        });
  }

  @Test
  void callsAttributesAndItems() throws Throwable {
    Gil.runWithGil(
        gil -> {
          try (PyObject math = Python.importModule(gil, "math");
              PyObject fact = math.callMethod("factorial", 20);
              PyObject pi = math.getAttr("pi");
              PyObject ns = Python.newDict(gil)) {
            assertEquals(2432902008176640000L, fact.toLong());
            assertEquals(Math.PI, pi.toDouble());
            Python.exec(
                gil,
                "class Box:\n    pass\nbox = Box()\ndef add(a, b, c):\n    return a + b + c\n",
                ns);
            try (PyObject box = ns.get("box");
                PyObject add = ns.get("add");
                PyObject sum = add.call(1, 2, 3);
                PyObject words = add.call("a", "b", "c")) {
              box.setAttr("size", 7);
              try (PyObject size = box.getAttr("size")) {
                assertEquals(7L, size.toLong());
              }
              assertEquals(6L, sum.toLong());
              assertEquals("abc", words.str());
              assertEquals("Box", box.typeName());
            }
            try (PyObject list = Python.of(gil, List.of(3L, 1L, 2L))) {
              list.callMethod("sort").close();
              list.set(0, "first");
              assertEquals(List.of("first", 2L, 3L), list.toJava());
              List<PyObject> items = list.items();
              assertEquals(3, items.size());
              assertTrue(items.get(2).pyEquals(3));
              items.forEach(PyObject::close);
            }
          }
        });
  }

  @Test
  void aPythonExceptionCarriesTypeMessageAndTracebackAndClearsTheIndicator() throws Throwable {
    Gil.runWithGil(
        gil -> {
          PyObject ns = Python.newDict(gil);
          Python.exec(
              gil,
              "def inner():\n    raise ValueError('bad value 42')\ndef outer():\n    inner()\n",
              ns);
          try (PyObject outer = ns.get("outer")) {
            PythonException e = assertThrows(PythonException.class, outer::call);
            assertEquals("ValueError", e.pythonType());
            assertEquals("bad value 42", e.pythonMessage());
            assertEquals("ValueError: bad value 42", e.getMessage());
            String tb = e.pythonTraceback();
            assertTrue(tb.startsWith("Traceback (most recent call last):\n"), tb);
            assertTrue(tb.contains("in outer\n") && tb.contains("in inner\n"), tb);
            assertTrue(tb.endsWith("ValueError: bad value 42\n"), tb);
            assertFalse(errorSet());
          }
          try (PyObject json = Python.importModule(gil, "json")) {
            PythonException e =
                assertThrows(PythonException.class, () -> json.callMethod("loads", "{"));
            assertEquals("json.decoder.JSONDecodeError", e.pythonType());
            assertFalse(errorSet());
          }
          PythonException missing =
              assertThrows(
                  PythonException.class, () -> Python.importModule(gil, "no_such_module_x"));
          assertEquals("ModuleNotFoundError", missing.pythonType());
          assertEquals("No module named 'no_such_module_x'", missing.pythonMessage());
          PythonException syntax =
              assertThrows(PythonException.class, () -> Python.eval(gil, "1 +"));
          assertEquals("SyntaxError", syntax.pythonType());
          try (PyObject one = Python.of(gil, 1)) {
            PythonException attr = assertThrows(PythonException.class, () -> one.getAttr("nope"));
            assertEquals("AttributeError", attr.pythonType());
            PythonException zero =
                assertThrows(PythonException.class, () -> Python.eval(gil, "1 / 0"));
            assertEquals("ZeroDivisionError: division by zero", zero.getMessage());
          }
          assertFalse(errorSet());
          ns.close();
        });
  }

  @Test
  void aHandleRefusesThreadsWithoutTheGilAndUseAfterClose() throws Throwable {
    try (GilToken gil = Gil.acquire()) {
      PyObject x = Python.of(gil, 5);
      IllegalStateException inside =
          assertThrows(IllegalStateException.class, () -> gil.allowThreads(x::toLong));
      assertTrue(inside.getMessage().contains("does not hold the GIL"), inside.getMessage());
      String[] seen = new String[1];
      Thread t =
          new Thread(
              () -> seen[0] = assertThrows(IllegalStateException.class, x::repr).getMessage(),
              "no-gil");
      gil.allowThreads(
          () -> {
            t.start();
            t.join();
          });
      assertTrue(seen[0].startsWith("PyObject used on thread 'no-gil'"), seen[0]);
      assertTrue(x.toString().equals("5"));
      x.close();
      x.close(); // twice: nothing
      IllegalStateException closed = assertThrows(IllegalStateException.class, x::toLong);
      assertEquals("PyObject used after close()", closed.getMessage());
    }
  }

  @Test
  void aVirtualThreadIsRefusedWithAClearMessageAndTheLockStaysFree() throws Throwable {
    String[] message = new String[1];
    Thread v =
        Thread.ofVirtual()
            .start(
                () ->
                    message[0] =
                        assertThrows(IllegalStateException.class, Gil::acquire).getMessage());
    v.join();
    assertTrue(message[0].contains("a virtual thread cannot hold the GIL"), message[0]);
    try (GilToken gil = Gil.acquire(java.time.Duration.ofSeconds(5));
        PyObject two = Python.eval(gil, "1 + 1")) {
      assertEquals(2L, two.toLong());
    }
  }
}
