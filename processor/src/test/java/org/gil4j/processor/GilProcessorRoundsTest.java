package org.gil4j.processor;

import static org.gil4j.processor.HardInputs.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.auto.value.processor.AutoValueProcessor;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Wrappers that other code of the same compilation refers to: a type mentioning its own wrapper,
 * two types mentioning each other's, and generation over several rounds next to AutoValue, in both
 * directions (a wrapper waiting for AutoValue's class, an AutoValue class waiting for a wrapper).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@SuppressWarnings("try")
class GilProcessorRoundsTest {
  private static ClassLoader loader;

  @BeforeAll
  static void compileAndLoad() {
    Compilation compilation =
        HardInputs.compile(
            Compiler.javac().withProcessors(new AutoValueProcessor(), new GilProcessor()),
            "rounds/Node",
            "rounds/Ping",
            "rounds/Pong",
            "rounds/Self",
            "rounds/Money",
            "rounds/Wallet",
            "rounds/Holder");
    HardInputs.assertWrappersClean(compilation);
    loader = Fixtures.loader(compilation);
  }

  @AfterEach
  void lockIsFree() {
    assertEquals(0, Gil.holdCount(), "a test leaked a hold of the lock");
  }

  @Test
  void typeReferringToItsOwnWrapper_isWrapped() throws Throwable {
    Object node = loader.loadClass("rounds.Node_Gil").getConstructor().newInstance();
    Object again = call(node, "again");
    assertSame(node.getClass(), again.getClass());
    assertEquals(node.getClass(), node.getClass().getDeclaredMethod("again").getReturnType());
  }

  @Test
  void typesReferringToEachOthersWrappers_areBothWrapped() throws Throwable {
    Object ping = loader.loadClass("rounds.Ping_Gil").getConstructor().newInstance();
    Object pong = call(ping, "pong");
    assertEquals("rounds.Pong_Gil", pong.getClass().getName());
    try (GilToken held = Gil.acquire()) {
      List<?> pings = (List<?>) call(pong, "pings");
      assertEquals(ping.getClass(), pings.get(0).getClass());
      assertEquals(1, Gil.holdCount());
    }
  }

  @Test
  void interfaceReturningItsOwnWrapper_isWrapped() throws Exception {
    Class<?> wrapper = loader.loadClass("rounds.Self_Gil");
    assertEquals(wrapper, wrapper.getDeclaredMethod("me").getReturnType());
  }

  @Test
  void wrapperWaitingForAutoValue_isWrittenInALaterRound_andRuns() throws Throwable {
    Object wallet = loader.loadClass("rounds.Wallet_Gil").getConstructor().newInstance();
    Object exact = call(wallet, "exact", 5L);
    assertEquals("rounds.AutoValue_Money", exact.getClass().getName());
    assertEquals(5L, call(exact, "cents"));
    try (GilToken held = Gil.acquire()) {
      // 5 + 5, without the 1000 added when the body runs holding the lock.
      assertEquals(10L, call(call(wallet, "add", exact, exact), "cents"));
    }
  }

  @Test
  void autoValueWaitingForAWrapper_isGeneratedToo() throws Throwable {
    Object node = loader.loadClass("rounds.Node_Gil").getConstructor().newInstance();
    Object holder = call(loader.loadClass("rounds.Holder"), "of", node);
    assertSame(node, call(holder, "node"));
  }

  @Test
  void wrapperFromAnEarlierBuildOnTheClassPath_isNoClash() throws Exception {
    // A second build sees the first one's Accounts_Gil.class (marked as wrapping Accounts) on its
    // class path, as Maven's target/classes is; that is gil4j's own output, not a clash.
    Compilation first = Fixtures.compiler().compile(Fixtures.good("Accounts"));
    java.nio.file.Path classes = HardInputs.writeClasses(first);
    List<java.io.File> classpath = new java.util.ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classpath.add(new java.io.File(entry));
    }
    Compilation second =
        Compiler.javac()
            .withProcessors(new GilProcessor())
            .withClasspath(classpath)
            .compile(Fixtures.good("Accounts"));
    com.google.testing.compile.CompilationSubject.assertThat(second).succeeded();
    com.google.testing.compile.CompilationSubject.assertThat(second)
        .generatedSourceFile("example.Accounts_Gil");
  }
}
