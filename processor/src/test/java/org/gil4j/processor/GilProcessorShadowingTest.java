package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.gil4j.processor.HardInputs.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nothing the user declares changes what a wrapper's names mean: classes of the user's package
 * named like the {@code java.lang} annotations and gil4j types the wrapper writes, inherited fields
 * and interface constants named like the classes and package roots its bodies start expressions
 * with ({@code Gil}, {@code org}, {@code java}, the wrapped class, its package), member types named
 * like its annotations, type variables named like them, and parameters named like its locals. Every
 * wrapper compiles without a warning and runs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@SuppressWarnings("try")
class GilProcessorShadowingTest {
  private static final String[] INPUTS = {
    "shadow/Override",
    "shadow/SuppressWarnings",
    "shadow/Deprecated",
    "shadow/SafeVarargs",
    "shadow/Gil",
    "shadow/GilToken",
    "shadow/GilRelease",
    "shadow/GilGenerated",
    "shadow/Generated",
    "shadow/Objects",
    "shadow/NullPointerException",
    "shadow/Object",
    "shadow/String",
    "shadow/Held",
    "shadow/Item",
    "shadow/Old",
    "shadow/Gone",
    "shadow/TargetBase",
    "shadow/Target",
    "shadow/Api",
    "shadow/Vars",
    "shadow/Statics"
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

  private static String source(String wrapper) throws Exception {
    return compilation.generatedSourceFile(wrapper).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void subclassWrapper_takesTheLock_despiteFieldsNamedGilOrgAndJava() throws Throwable {
    Object target = loader.loadClass("shadow.Target_Gil").getConstructor().newInstance();
    assertEquals(true, call(target, "held"));
    assertEquals(true, call(target, "old"));
    assertEquals(true, call(target, "params", 1, 2, 3, 4, 5, 6));
    assertEquals("b", call(target, "max", "a", "b"));
  }

  @Test
  void samePackageTypeHiddenByInheritedMemberType_isWrittenQualified() throws Throwable {
    Object target = loader.loadClass("shadow.Target_Gil").getConstructor().newInstance();
    Object item = loader.loadClass("shadow.Item").getConstructor().newInstance();
    Object member = loader.loadClass("shadow.TargetBase$Item").getConstructor().newInstance();
    assertSame(item, call(target, "top", item, List.of(item), member));
    assertTrue(source("shadow.Target_Gil").contains("public shadow.Item top(shadow.Item item"));
  }

  @Test
  void deprecatedTypesInSignature_areSuppressedAsInTheOriginal() throws Throwable {
    Object target = loader.loadClass("shadow.Target_Gil").getConstructor().newInstance();
    Object old = loader.loadClass("shadow.Old").getConstructor().newInstance();
    assertSame(old, call(target, "old", old, List.of()));
    // assertWrappersClean already saw no [deprecation] or [removal] warning in the wrapper.
  }

  @Test
  void staticForwarder_releases_whenClassAndPackageNamesAreFields() throws Throwable {
    Class<?> wrapper = loader.loadClass("shadow.Target_Gil");
    try (GilToken held = Gil.acquire()) {
      assertEquals(false, call(wrapper, "free"));
      assertEquals(1, Gil.holdCount());
    }
    // Target and shadow are both fields in scope: the call goes through a null cast.
    assertTrue(source("shadow.Target_Gil").contains("((Target) null).free()"));
  }

  @Test
  void javaLangNames_areImportedExplicitly_soSamePackageClassesDoNotShadowThem() throws Exception {
    String source = source("shadow.Target_Gil");
    assertTrue(source.contains("@java.lang.Override"), "member type Override is not meant");
    assertTrue(source.contains("import java.lang.SuppressWarnings;"), source);
    assertTrue(source.contains("import java.lang.Deprecated;"), source);
  }

  @Test
  void mirroredGenericVarargsConstructor_keepsSafeVarargs() throws Exception {
    Class<?> wrapper = loader.loadClass("shadow.Target_Gil");
    assertTrue(wrapper.getConstructor(List[].class).isAnnotationPresent(SafeVarargs.class));
  }

  @Test
  void interfaceWrapper_delegates_despiteConstantsNamedGilObjectsAndNullPointerException()
      throws Throwable {
    Class<?> api = loader.loadClass("shadow.Api");
    Object impl =
        Proxy.newProxyInstance(
            loader,
            new Class<?>[] {api},
            (proxy, method, args) ->
                method.isDefault()
                    ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
                    : (Object) Gil.isHeld());
    Method wrap = loader.loadClass("shadow.Api_Gil").getMethod("wrap", api);
    Object wrapped = wrap.invoke(null, impl);
    assertEquals(true, call(wrapped, "held"));
    try (GilToken held = Gil.acquire()) {
      assertEquals(false, call(wrapped, "free"));
    }
    NullPointerException npe =
        org.junit.jupiter.api.Assertions.assertThrows(
            NullPointerException.class,
            () -> call(loader.loadClass("shadow.Api_Gil"), "wrap", new Object[] {null}));
    assertEquals("delegate", npe.getMessage());
  }

  @Test
  void typeVariablesNamedLikeTheWrappersTypes_areRenamed() throws Throwable {
    Object vars = loader.loadClass("shadow.Vars_Gil").getConstructor().newInstance();
    assertEquals("g", call(vars, "pick", "g", "o", "x", "t"));
    String source = source("shadow.Vars_Gil");
    assertTrue(source.contains("class Vars_Gil<Gil_, Override_> extends Vars<Gil_, Override_>"));
    assertTrue(source.contains("<org_, GilToken_> Gil_ pick("), source);
  }

  @Test
  void staticsWrapper_ofClassWithFieldsNamedLikeItself() throws Throwable {
    assertEquals(true, call(loader.loadClass("shadow.Statics_Gil"), "held"));
    assertFalse(Gil.isHeld());
  }

  @Test
  void noWrapperIsRefused() {
    assertThat(compilation).generatedSourceFile("shadow.Target_Gil");
    assertThat(compilation).generatedSourceFile("shadow.Api_Gil");
    assertThat(compilation).generatedSourceFile("shadow.Vars_Gil");
    assertThat(compilation).generatedSourceFile("shadow.Statics_Gil");
  }
}
