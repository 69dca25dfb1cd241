package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.tools.JavaFileObject;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.annotations.GilGenerated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the generated wrappers: compiles the good inputs with the processor, loads the classes javac
 * wrote in a class loader whose parent is this test's, and checks the lock state each body runs in,
 * the hold count afterwards, and that exceptions pass through unchanged.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@SuppressWarnings("try") // tokens held only for their scope, as in the generated wrappers
class GilProcessorBehaviourTest {
  private static ClassLoader loader;

  @BeforeAll
  static void compileAndLoad() {
    Compilation compilation = Fixtures.goodCompilation();
    assertThat(compilation).succeeded();
    loader = Fixtures.loader(compilation);
  }

  @AfterEach
  void lockIsFree() {
    assertEquals(0, Gil.holdCount(), "a test leaked a hold of the lock");
  }

  @Test
  void loadedWrappers_seeTheTestsGilClass() throws Exception {
    assertSame(Gil.class, loader.loadClass("org.gil4j.Gil"));
    Class<?> wrapper = loader.loadClass("example.Probe_Gil");
    assertSame(loader.loadClass("example.Probe"), wrapper.getSuperclass());
    GilGenerated mark = wrapper.getAnnotation(GilGenerated.class);
    assertSame(loader.loadClass("example.Probe"), mark.wrapping());
  }

  @Test
  void withGilWrapper_acquires_whenCallerDoesNotHold() throws Exception {
    Object probe = newProbe();
    assertEquals(1, call(probe, "depthWithGil"));
    assertFalse(Gil.isHeld());
  }

  @Test
  void withGilWrapper_reenters_whenCallerHolds() throws Exception {
    Object probe = newProbe();
    try (GilToken outer = Gil.acquire();
        GilToken inner = Gil.acquire()) {
      assertEquals(3, call(probe, "depthWithGil"));
      assertEquals(2, Gil.holdCount());
    }
  }

  @Test
  void noGilWrapper_releases_whenCallerHolds() throws Exception {
    Object probe = newProbe();
    try (GilToken outer = Gil.acquire();
        GilToken inner = Gil.acquire()) {
      assertEquals(false, call(probe, "heldInNoGil"));
      assertTrue(Gil.isHeld());
      assertEquals(2, Gil.holdCount());
    }
  }

  @Test
  void noGilWrapper_callsThrough_whenCallerDoesNotHold() throws Exception {
    Object probe = newProbe();
    assertEquals(false, call(probe, "heldInNoGil"));
    assertEquals(0, Gil.holdCount());
  }

  @Test
  void noGilWrapper_letsAnotherThreadTakeTheLock() throws Exception {
    Object probe = newProbe();
    AtomicBoolean otherThreadRanWhileReleased = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    Runnable body =
        () -> {
          Thread other = new Thread(() -> Gil.runWithGil(gil -> done.countDown()));
          other.setDaemon(true);
          other.start();
          try {
            // Only true if the other thread took the lock while this body was running.
            otherThreadRanWhileReleased.set(done.await(10, TimeUnit.SECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    try (GilToken held = Gil.acquire()) {
      probe.getClass().getMethod("runNoGil", Runnable.class).invoke(probe, body);
      assertEquals(1, Gil.holdCount());
    }
    assertTrue(otherThreadRanWhileReleased.get(), "the other thread never got the lock");
  }

  @Test
  void withGilWrapper_passesCheckedExceptionThrough_andReleases() throws Exception {
    Object probe = newProbe();
    IOException failure = new IOException("boom");
    assertSame(failure, thrownBy(probe, "throwWithGil", failure));
    assertEquals(0, Gil.holdCount());
    try (GilToken held = Gil.acquire()) {
      assertSame(failure, thrownBy(probe, "throwWithGil", failure));
      assertEquals(1, Gil.holdCount());
    }
  }

  @Test
  void noGilWrapper_passesUncheckedExceptionThrough_andRestoresDepth() throws Exception {
    Object probe = newProbe();
    IllegalStateException failure = new IllegalStateException("boom");
    try (GilToken outer = Gil.acquire();
        GilToken inner = Gil.acquire()) {
      assertSame(failure, thrownBy(probe, "throwNoGil", failure));
      assertEquals(2, Gil.holdCount());
    }
  }

  @Test
  void staticForwarders_acquireAndRelease() throws Exception {
    Class<?> wrapper = loader.loadClass("example.Probe_Gil");
    Method depth = wrapper.getMethod("staticDepthWithGil");
    Method held = wrapper.getMethod("staticHeldInNoGil");
    assertTrue(Modifier.isStatic(depth.getModifiers()));
    assertSame(wrapper, depth.getDeclaringClass());
    assertEquals(1, depth.invoke(null));
    try (GilToken token = Gil.acquire()) {
      assertEquals(2, depth.invoke(null));
      assertEquals(false, held.invoke(null));
      assertEquals(1, Gil.holdCount());
    }
  }

  @Test
  void interfaceWrapper_delegatesAndLocks() throws Exception {
    Class<?> api = loader.loadClass("example.ProbeApi");
    Object target = api.getMethod("create").invoke(null);
    Class<?> wrapperClass = loader.loadClass("example.ProbeApi_Gil");
    Object wrapper = wrapperClass.getMethod("wrap", api).invoke(null, target);
    assertTrue(api.isInstance(wrapper));
    assertEquals(1, api.getMethod("depthWithGil").invoke(wrapper));
    try (GilToken held = Gil.acquire()) {
      assertEquals(false, api.getMethod("heldInNoGil").invoke(wrapper));
      assertEquals(1, Gil.holdCount());
    }
    IllegalArgumentException failure = new IllegalArgumentException("no");
    InvocationTargetException thrown =
        assertThrows(
            InvocationTargetException.class,
            () -> api.getMethod("fail", RuntimeException.class).invoke(wrapper, failure));
    assertSame(failure, thrown.getCause());
    assertEquals(0, Gil.holdCount());
  }

  @Test
  void interfaceWrapper_delegatesDefaultMethods_lockingOnlyAnnotatedOnes() throws Exception {
    Class<?> greeter = loader.loadClass("example.Greeter");
    // The delegate reports, from its abstract method, whether the lock was held.
    Object target =
        Proxy.newProxyInstance(
            loader,
            new Class<?>[] {greeter},
            (proxy, method, args) ->
                method.isDefault()
                    ? InvocationHandler.invokeDefault(proxy, method, args)
                    : "held=" + Gil.isHeld());
    Object wrapper =
        loader.loadClass("example.Greeter_Gil").getMethod("wrap", greeter).invoke(null, target);
    assertEquals("hi, held=true", greeter.getMethod("greet", String.class).invoke(wrapper, "hi"));
    assertEquals("bye, held=false", greeter.getMethod("farewell").invoke(wrapper));
    assertEquals(0, Gil.holdCount());
  }

  @Test
  void interfaceWrapper_wrapReturnsTheWrapperType() throws Exception {
    Class<?> api = loader.loadClass("example.ProbeApi");
    Class<?> wrapperClass = loader.loadClass("example.ProbeApi_Gil");
    Method wrap = wrapperClass.getMethod("wrap", api);
    // The checker trusts calls through a value whose static type is the wrapper, so the factory
    // must give that type, not the interface.
    assertSame(wrapperClass, wrap.getReturnType());
    Object wrapper = wrap.invoke(null, api.getMethod("create").invoke(null));
    assertSame(wrapperClass, wrapper.getClass());
    assertEquals(1, wrapperClass.getMethod("depthWithGil").invoke(wrapper));

    Class<?> listener = loader.loadClass("example.Outer$Listener");
    Class<?> listenerWrapper = loader.loadClass("example.Outer_Listener_Gil");
    assertSame(listenerWrapper, listenerWrapper.getMethod("wrap", listener).getReturnType());

    // Generic: <T extends CharSequence> Mapper_Gil<T> wrap(Mapper<T>), T being wrap's own.
    Class<?> mapper = loader.loadClass("example.Mapper");
    Class<?> mapperWrapper = loader.loadClass("example.Mapper_Gil");
    Method genericWrap = mapperWrapper.getMethod("wrap", mapper);
    assertSame(mapperWrapper, genericWrap.getReturnType());
    ParameterizedType returned = (ParameterizedType) genericWrap.getGenericReturnType();
    assertSame(mapperWrapper, returned.getRawType());
    assertEquals(
        List.of(genericWrap.getTypeParameters()), List.of(returned.getActualTypeArguments()));
  }

  @Test
  void interfaceWrapper_wrapResultKeepsItsTypeInSourceAndStillFitsTheInterface() throws Exception {
    // Client code as a user writes it: if wrap returned the interface, the first two lines would
    // not compile.
    JavaFileObject client =
        JavaFileObjects.forSourceLines(
            "example.Client",
            "package example;",
            "",
            "import java.util.function.Function;",
            "",
            "public final class Client {",
            "  public static int run() {",
            "    ProbeApi_Gil wrapped = ProbeApi_Gil.wrap(ProbeApi.create());",
            "    Mapper_Gil<String> lengths = Mapper_Gil.wrap(s -> s.length());",
            "    ProbeApi asInterface = ProbeApi_Gil.wrap(ProbeApi.create());",
            "    Function<String, Integer> asFunction = Mapper_Gil.wrap(s -> s.length() * 10);",
            "    return wrapped.depthWithGil() * 1000 + lengths.apply(\"abc\") * 100",
            "        + (asInterface.heldInNoGil() ? 50 : 0) + asFunction.apply(\"ab\");",
            "  }",
            "}");
    Compilation compilation =
        Fixtures.compiler().compile(Fixtures.good("ProbeApi"), Fixtures.good("Mapper"), client);
    assertThat(compilation).succeeded();
    Method run = Fixtures.loader(compilation).loadClass("example.Client").getMethod("run");
    // depthWithGil under the wrapper's lock: 1; "abc": 3; heldInNoGil without a caller lock:
    // false; "ab" * 10: 20.
    assertEquals(1320, run.invoke(null));
  }

  @Test
  void interfaceWrapper_refusesNullDelegate() throws Exception {
    Class<?> api = loader.loadClass("example.ProbeApi");
    Method wrap = loader.loadClass("example.ProbeApi_Gil").getMethod("wrap", api);
    InvocationTargetException thrown =
        assertThrows(InvocationTargetException.class, () -> wrap.invoke(null, (Object) null));
    assertTrue(thrown.getCause() instanceof NullPointerException);
  }

  @Test
  void staticsOfFinalClass_getHolderWithForwarders() throws Exception {
    Class<?> wrapper = loader.loadClass("example.WordCount_Gil");
    assertTrue(Modifier.isFinal(wrapper.getModifiers()));
    assertSame(Object.class, wrapper.getSuperclass());
    Method search = wrapper.getMethod("searchSequential", String.class, String.class);
    try (GilToken held = Gil.acquire()) {
      assertEquals(2L, search.invoke(null, "a b\nb c", "b"));
      assertEquals(1, Gil.holdCount());
    }
  }

  /** Regression: a type whose package root is Gil's own ("org") made the writer crash. */
  @Test
  void typeInOrgPackage_isWrappedAndRuns() throws Exception {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "org.acme.Ledger",
            "package org.acme;",
            "import org.gil4j.Gil;",
            "import org.gil4j.annotations.NoGil;",
            "import org.gil4j.annotations.WithGil;",
            "public class Ledger {",
            "  @WithGil public boolean heldInside(int org) { return Gil.isHeld() && org > 0; }",
            "  @NoGil public static boolean freeInside() { return !Gil.isHeld(); }",
            "}");
    Compilation compilation = Fixtures.compiler().compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader orgLoader = Fixtures.loader(compilation);
    Class<?> wrapper = orgLoader.loadClass("org.acme.Ledger_Gil");
    Object ledger = wrapper.getConstructor().newInstance();
    assertEquals(true, wrapper.getMethod("heldInside", int.class).invoke(ledger, 1));
    try (GilToken held = Gil.acquire()) {
      assertEquals(true, wrapper.getMethod("freeInside").invoke(null));
      assertEquals(1, Gil.holdCount());
    }
  }

  private static Object newProbe() throws Exception {
    return loader.loadClass("example.Probe_Gil").getConstructor().newInstance();
  }

  private static Object call(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }

  /** Calls {@code method(failure)} and returns what it threw, unwrapped from reflection. */
  private static Throwable thrownBy(Object target, String method, Exception failure)
      throws Exception {
    Method m = target.getClass().getMethod(method, Exception.class);
    InvocationTargetException thrown =
        assertThrows(InvocationTargetException.class, () -> m.invoke(target, failure));
    return thrown.getCause();
  }
}
