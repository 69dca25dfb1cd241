package org.gil4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.gil4j.Gil;
import org.gil4j.GilRelease;
import org.gil4j.GilToken;
import org.gil4j.Unbound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What code compiled without the checker may do to Python handles and the GIL, and what the
 * runtime does about it: Python exceptions raised while a release scope takes the GIL back in a
 * nested hold, a handle touched by a thread that does not hold the GIL while its owner does, a
 * handle closed through one binding of its {@link Unbound} and used through another, and
 * reference counts when many threads drop handles for the collector to find.
 */
@Timeout(120)
class PythonAdversarialTest {
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Throwable {
    Python.initialize();
    Gil.runWithGil(gil -> Python.exec(gil, "import sys\n"));
  }

  @AfterEach
  void nothingHeld() {
    assertEquals(List.of(), failures);
    assertFalse(Gil.isHeld());
  }

  private static boolean errorSet() throws Throwable {
    return !((MemorySegment) CPython.PyErr_Occurred.invokeExact()).equals(MemorySegment.NULL);
  }

  private static int gilState() throws Throwable {
    return (int) CPython.PyGILState_Check.invokeExact();
  }

  private static long eval(String expr) {
    return Gil.withGil(
        gil -> {
          try (PyObject v = Python.eval(gil, expr)) {
            return v.toLong();
          }
        });
  }

  private static long count(GilToken gil, String expr) {
    try (PyObject v = Python.eval(gil, expr)) {
      return v.toLong();
    }
  }

  @Test
  void aPythonExceptionInAHoldNestedInAllowThreadsPassesOutAndTheOuterHoldIsRestored()
      throws Throwable {
    try (GilToken outer = Gil.acquire();
        GilToken gil = Gil.acquire()) {
      PythonException e =
          assertThrows(
              PythonException.class,
              () -> gil.allowThreads(() -> Gil.withGil(inner -> Python.eval(inner, "1 / 0"))));
      assertEquals("ZeroDivisionError", e.pythonType());
      assertEquals(2, Gil.holdCount());
      assertEquals(1, gilState());
      assertFalse(errorSet());
      try (PyObject v = Python.eval(gil, "6 * 7")) {
        assertEquals(42L, v.toLong());
      }
    }
    assertEquals(0, gilState());
  }

  @Test
  void aPythonExceptionInAHoldNestedInAReleaseScopeLeavesTheScopeClosable() throws Throwable {
    try (GilToken gil = Gil.acquire()) {
      PythonException e;
      try (GilRelease r = gil.release()) {
        assertEquals(0, gilState());
        e =
            assertThrows(
                PythonException.class,
                () -> Gil.runWithGil(inner -> Python.exec(inner, "raise KeyError('k')\n")));
        assertEquals(0, gilState()); // the nested hold detached again after the exception
      }
      assertEquals("KeyError", e.pythonType());
      assertEquals(1, Gil.holdCount());
      assertEquals(1, gilState());
      assertFalse(errorSet());
    }
  }

  @Test
  void aHandleIsRefusedOnAThreadWithoutTheGilWhileItsOwnerHoldsIt() throws Throwable {
    try (GilToken gil = Gil.acquire()) {
      Python.exec(gil, "victim = object()\n");
      PyObject victim = Python.eval(gil, "victim");
      long before = victim.refCount();
      List<String> refused = new ArrayList<>();
      Thread intruder =
          new Thread(
              () -> {
                for (Runnable use :
                    List.<Runnable>of(victim::repr, victim::newRef, victim::close)) {
                  refused.add(assertThrows(IllegalStateException.class, use::run).getMessage());
                }
              },
              "intruder");
      intruder.start();
      intruder.join(); // this thread holds the GIL throughout
      assertEquals(3, refused.size());
      for (String m : refused) {
        assertTrue(m.startsWith("PyObject used on thread 'intruder'"), m);
      }
      assertEquals(before, victim.refCount()); // nothing was counted up or down
      assertEquals("object", victim.typeName()); // and the refused close() left it open
      victim.close();
    }
  }

  @Test
  void aHandleClosedThroughOneBindingOfItsUnboundIsClosedForEveryBinding() throws Throwable {
    Gil.runWithGil(gil -> Python.exec(gil, "shared = object()\n"));
    long base = eval("sys.getrefcount(shared)");
    Unbound<PyObject> ref = Gil.withGil(gil -> gil.unbind(Python.eval(gil, "shared")));
    assertEquals(base + 1, eval("sys.getrefcount(shared)"));
    Thread closer = new Thread(() -> Gil.runWithGil(gil -> ref.bind(gil).close()), "closer");
    closer.start();
    closer.join();
    assertEquals(base, eval("sys.getrefcount(shared)"));
    Gil.runWithGil(
        gil -> {
          PyObject again = ref.bind(gil);
          IllegalStateException e = assertThrows(IllegalStateException.class, again::repr);
          assertEquals("PyObject used after close()", e.getMessage());
          again.close(); // closed already: nothing, no second decrement
        });
    assertEquals(base, eval("sys.getrefcount(shared)"));
  }

  @Test
  void handlesTheCollectorFindsAreGivenBackWhileOneThreadKeepsTheGil() throws Throwable {
    try (GilToken gil = Gil.acquire()) {
      Python.exec(gil, "kept = object()\n");
      long base = count(gil, "sys.getrefcount(kept)");
      for (int i = 0; i < 300; i++) {
        Python.eval(gil, "kept"); // dropped without close()
      }
      long now = count(gil, "sys.getrefcount(kept)");
      assertEquals(base + 300, now);
      // Never released: the references come back as new handles are made under the same hold.
      for (int i = 0; i < 200 && now != base; i++) {
        System.gc();
        Thread.sleep(10); // the JVM's reference handler queues the handles meanwhile
        now = count(gil, "sys.getrefcount(kept)");
      }
      assertEquals(base, now);
    }
  }

  @Test
  void referenceCountsAreExactWhenEightThreadsCloseSomeHandlesAndDropTheRest() throws Throwable {
    Gil.runWithGil(gil -> Python.exec(gil, "crowd = object()\n"));
    long base = eval("sys.getrefcount(crowd)");
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int id = t;
      Thread th =
          new Thread(
              () -> {
                try {
                  go.await();
                  for (int n = 0; n < 500; n++) {
                    int i = n;
                    Gil.runWithGil(
                        gil -> {
                          PyObject a = Python.eval(gil, "crowd");
                          PyObject b = a.newRef();
                          if ((i + id) % 2 == 0) {
                            a.close(); // the other one is left to the collector
                          } else {
                            b.close();
                          }
                          gil.allowThreads(Thread::yield);
                        });
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              },
              "crowd-" + t);
      th.start();
      threads.add(th);
    }
    go.countDown();
    for (Thread th : threads) {
      th.join();
    }
    long owed = eval("sys.getrefcount(crowd)") - base;
    assertTrue(owed <= 8 * 500, "more references than handles: " + owed);
    for (int i = 0; i < 200 && owed != 0; i++) {
      System.gc();
      Thread.sleep(20); // the collector's queue is drained whenever a thread takes the GIL
      owed = eval("sys.getrefcount(crowd)") - base;
    }
    assertEquals(0, owed);
  }
}
