package org.gil4j.processor;

import static org.gil4j.processor.HardInputs.call;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Generic signatures come from the compiler's types as seen from the wrapped type: a method type
 * variable named like the class's stays a second variable, bounds of inherited methods and of
 * inherited unannotated defaults are substituted, and every generic shape (recursive and
 * intersection bounds, wildcards, arrays of generics, inner classes of generic classes,
 * constructors with type parameters and throws) compiles and runs, with the lock state right in
 * each body.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@SuppressWarnings("try")
class GilProcessorGenericsTest {
  private static final String[] INPUTS = {
    "gen/Held",
    "gen/Conv",
    "gen/Box",
    "gen/IConv",
    "gen/IBox",
    "gen/Base",
    "gen/Sub",
    "gen/Source",
    "gen/Numbers",
    "gen/Outer",
    "gen/Shapes",
    "gen/ShapesImpl",
    "gen/Mixed",
    "gen/Point",
    "gen/Level",
    "gen/Pair",
    "gen/PairLeft",
    "gen/PairRight",
    "gen/Tag",
    "gen/Tagged",
    "gen/RawApi",
    "gen/RawList"
  };

  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compileAndLoad() {
    compilation = HardInputs.compile(INPUTS);
    HardInputs.assertWrappersClean(compilation);
    loader = Fixtures.loader(compilation);
  }

  @AfterEach
  void lockIsFree() {
    assertEquals(0, Gil.holdCount(), "a test leaked a hold of the lock");
  }

  private static boolean lastHeld() throws Exception {
    Field last = loader.loadClass("gen.Held").getField("last");
    return last.getBoolean(null);
  }

  private static Object newInstance(String name) throws Exception {
    return loader.loadClass(name).getConstructor().newInstance();
  }

  private static Object wrapProxy(String iface, InvocationHandler handler) throws Exception {
    Class<?> type = loader.loadClass(iface);
    Object impl = Proxy.newProxyInstance(loader, new Class<?>[] {type}, handler);
    return loader.loadClass(iface + "_Gil").getMethod("wrap", type).invoke(null, impl);
  }

  @Test
  void methodVariableNamedLikeClassVariable_staysItsOwnVariable() throws Throwable {
    Object box = newInstance("gen.Box_Gil");
    assertEquals("s", call(box, "conv", 42, "s"));
    assertTrue(lastHeld());
    Method conv = box.getClass().getDeclaredMethod("conv", Object.class, Object.class);
    TypeVariable<Method> own = conv.getTypeParameters()[0];
    assertEquals(own, conv.getGenericParameterTypes()[0]);
    assertEquals(box.getClass().getTypeParameters()[0], conv.getGenericParameterTypes()[1]);
    assertEquals(box.getClass().getTypeParameters()[0], conv.getGenericReturnType());
  }

  @Test
  void interfaceCapture_delegatesWithTwoVariables() throws Throwable {
    Object box =
        wrapProxy(
            "gen.IBox",
            (proxy, method, args) ->
                method.isDefault()
                    ? InvocationHandler.invokeDefault(proxy, method, args)
                    : (Object) (Gil.isHeld() ? args[1] : null));
    assertEquals("s", call(box, "conv", 1, "s"));
    try (GilToken held = Gil.acquire()) {
      assertEquals("t", call(box, "same", "t"));
      assertFalse(lastHeld());
    }
  }

  @Test
  void inheritedMethodBound_isSubstituted() throws Throwable {
    Object sub = newInstance("gen.Sub_Gil");
    assertEquals(7, call(sub, "pick", 7));
    assertTrue(lastHeld());
    Method pick = sub.getClass().getDeclaredMethod("pick", Number.class);
    assertEquals(Number.class, pick.getTypeParameters()[0].getBounds()[0]);
  }

  @Test
  void inheritedUnannotatedDefault_isImplementedWithSubstitutedBound() throws Throwable {
    Object numbers =
        wrapProxy(
            "gen.Numbers",
            (proxy, method, args) ->
                method.isDefault()
                    ? InvocationHandler.invokeDefault(proxy, method, args)
                    : (Object) (Gil.isHeld() ? 3 : -1));
    assertEquals(3, call(numbers, "count"));
    List<Integer> in = List.of(1, 2);
    assertSame(in, call(numbers, "only", in));
    Method only = numbers.getClass().getDeclaredMethod("only", List.class);
    assertEquals(Number.class, only.getTypeParameters()[0].getBounds()[0]);
  }

  @Test
  void everyGenericShape_runsWithTheRightLockState() throws Throwable {
    Object shapes = newInstance("gen.ShapesImpl");
    assertEquals(5, call(shapes, "max", 5, 3));
    assertTrue(lastHeld());
    List<Object> sink = new ArrayList<>();
    assertEquals(1, call(shapes, "wild", sink, Map.of("k", 1)));
    assertEquals(List.of(1), sink);
    List<?>[] lists = {List.of("a")};
    assertArrayEquals(lists, (Object[]) call(shapes, "arrays", lists, new String[0], new int[0][]));
    assertEquals(1, call(shapes, "locked"));
    try (GilToken held = Gil.acquire()) {
      assertEquals(4.0, call(shapes, "math", 2.0));
      assertFalse(lastHeld());
      assertEquals("v", call(shapes, "value", "v"));
      assertFalse(lastHeld());
      assertEquals(
          List.of("a", "b"),
          call(shapes.getClass().getSuperclass(), "of", (Object) new Object[] {"a", "b"}));
      assertFalse(lastHeld());
      assertEquals(1, Gil.holdCount());
    }
    Object outer = loader.loadClass("gen.Outer").getConstructor().newInstance();
    Object inner =
        loader.loadClass("gen.Outer$Inner").getConstructor(outer.getClass()).newInstance(outer);
    Object nested = loader.loadClass("gen.Outer$Nested").getConstructor().newInstance();
    assertSame(inner, call(shapes, "inner", inner, nested));
  }

  @Test
  void genericThrows_passesTheExceptionThroughAndReleases() throws Throwable {
    Object shapes = newInstance("gen.ShapesImpl");
    IOException failure = new IOException("boom");
    assertSame(failure, assertThrows(IOException.class, () -> call(shapes, "rethrow", failure)));
    assertTrue(lastHeld());
  }

  @Test
  void nativeMethod_isOverriddenAndCallsThrough() throws Throwable {
    Object shapes = newInstance("gen.ShapesImpl");
    // No library is loaded: reaching the native original proves the wrapper called it.
    assertThrows(UnsatisfiedLinkError.class, () -> call(shapes, "viaJni"));
  }

  @Test
  void constructorWithTypeParameterAndThrows_isMirrored() throws Exception {
    Class<?> wrapper = loader.loadClass("gen.Shapes_Gil");
    var constructor = wrapper.getDeclaredConstructor(Exception.class);
    assertTrue(java.lang.reflect.Modifier.isProtected(constructor.getModifiers()));
    assertEquals(1, constructor.getTypeParameters().length);
    assertEquals(constructor.getTypeParameters()[0], constructor.getGenericExceptionTypes()[0]);
  }

  @Test
  void interfaceWithDefaultStaticAndAbstract_delegatesInstanceMethodsOnly() throws Throwable {
    Object mixed =
        wrapProxy(
            "gen.Mixed",
            (proxy, method, args) ->
                method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : 9);
    assertEquals(8, call(mixed, "twice", 4));
    assertTrue(lastHeld());
    assertEquals(9, call(mixed, "plain"));
    for (Method m : mixed.getClass().getDeclaredMethods()) {
      assertFalse(m.getName().equals("helper"), "static interface method copied");
    }
  }

  @Test
  void recordAndEnumStatics_getForwarders() throws Throwable {
    Class<?> point = loader.loadClass("gen.Point");
    Object p = point.getConstructor(int.class, int.class).newInstance(-2, 3);
    try (GilToken held = Gil.acquire()) {
      assertEquals(5, call(loader.loadClass("gen.Point_Gil"), "manhattan", p));
      assertFalse(lastHeld());
    }
    Object high = call(loader.loadClass("gen.Level_Gil"), "parse", "HIGH");
    assertEquals("HIGH", high.toString());
    assertTrue(lastHeld());
  }

  @Test
  void abstractMethodsOfTwoSuperinterfaces_becomeOneMethodWithTheSpecificReturnType()
      throws Throwable {
    Object pair =
        wrapProxy(
            "gen.Pair",
            (proxy, method, args) -> method.getName().equals("name") ? "n" : (Object) 2);
    assertEquals("n", call(pair, "name"));
    Method name = pair.getClass().getDeclaredMethod("name");
    assertEquals(String.class, name.getReturnType());
    // PairLeft.name() throws nothing, so neither may the one method implementing both.
    assertEquals(0, name.getExceptionTypes().length);
  }

  @Test
  void typeUseAnnotations_keepTheirPlaces_onArraysVarargsAndTypeVariables() throws Throwable {
    @SuppressWarnings("unchecked")
    Class<? extends java.lang.annotation.Annotation> tag =
        (Class<? extends java.lang.annotation.Annotation>) loader.loadClass("gen.Tag");
    Object tagged = newInstance("gen.Tagged_Gil");
    Method all = null;
    for (Method m : tagged.getClass().getDeclaredMethods()) {
      if (m.getName().equals("all")) {
        all = m;
      }
    }
    assertEquals(List.of(), call(tagged, "all", new Comparable<?>[0][], Map.of(), new int[0]));
    assertTrue(lastHeld());
    // @Tag T @Tag [] @Tag [] grid: the leading @Tag is the declaration's and the element type's.
    java.lang.reflect.AnnotatedArrayType grid =
        (java.lang.reflect.AnnotatedArrayType) all.getAnnotatedParameterTypes()[0];
    assertTrue(grid.isAnnotationPresent(tag));
    var inner = (java.lang.reflect.AnnotatedArrayType) grid.getAnnotatedGenericComponentType();
    assertTrue(inner.isAnnotationPresent(tag));
    assertTrue(inner.getAnnotatedGenericComponentType().isAnnotationPresent(tag));
    assertEquals(1, all.getParameterAnnotations()[0].length);
    // @Tag int... rest: one declaration annotation, and @Tag on int, not twice on the declaration.
    var rest = (java.lang.reflect.AnnotatedArrayType) all.getAnnotatedParameterTypes()[2];
    assertTrue(rest.getAnnotatedGenericComponentType().isAnnotationPresent(tag));
    assertEquals(1, all.getParameterAnnotations()[2].length);
    // <@Tag T extends ..>: the type parameter's own annotation carries over.
    assertTrue(tagged.getClass().getTypeParameters()[0].isAnnotationPresent(tag));
    // List<@Tag T>: the annotation on the type variable argument survives.
    var result = (java.lang.reflect.AnnotatedParameterizedType) all.getAnnotatedReturnType();
    assertTrue(result.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(tag));
  }

  @Test
  void rawTypes_inSignaturesAndSupertypes_compileCleanAndRun() throws Throwable {
    List<String> list = List.of("a");
    assertSame(list, call(newInstance("gen.RawList_Gil"), "raw", list));
    assertTrue(lastHeld());
    Object raw = wrapProxy("gen.RawApi", (proxy, method, args) -> Gil.isHeld() ? 1 : 0);
    assertEquals(1, call(raw, "size"));
    assertEquals(0, call(raw, "compareTo", "x"));
  }
}
