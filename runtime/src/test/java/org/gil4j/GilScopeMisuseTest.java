package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every scope (a token from {@code acquire}, {@code acquire(Duration)}, {@code withGil}, {@code
 * runWithGil}; a release scope from {@code release()}, {@code releaseIfHeld()}, {@code
 * allowThreads}) closed out of order, twice, on another thread, or from inside a nested scope: an
 * IllegalStateException, and the lock exactly as the scopes still open say. A scope the runtime
 * owns (withGil, allowThreads) ends whatever its body left open, and a failing end never hides
 * what the body threw.
 */
@SuppressWarnings("try") // scopes opened only for their effect on the lock
class GilScopeMisuseTest extends GilTestSupport {

  // ------------------------------------------------------------------------------ tokens, twice

  @Test
  void acquiredToken_closedTwice_isRefusedAndChangesNothing() {
    try (GilToken outer = Gil.acquire()) {
      GilToken t = Gil.acquire();
      t.close();
      IllegalStateException e = assertThrows(IllegalStateException.class, t::close);
      assertTrue(e.getMessage().startsWith("GilToken closed twice"), e.getMessage());
      assertEquals(1, Gil.holdCount());
    }
    assertFalse(Gil.isHeld());
  }

  @Test
  void timedToken_closedTwice_isRefused() {
    GilToken t = Gil.acquire(Duration.ofSeconds(1));
    t.close();
    assertThrows(IllegalStateException.class, t::close);
    assertFalse(Gil.isHeld());
  }

  @Test
  void withGilToken_closedInsideItsBody_isReportedAndTheLockIsReleasedOnce() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Gil.runWithGil(GilToken::close));
    assertTrue(e.getMessage().contains("its token was closed inside the body"), e.getMessage());
    assertFalse(Gil.isHeld());
    assertOtherThreadGetsTheLock();
  }

  // -------------------------------------------------------------------------- tokens, out of order

  @Test
  void token_closedOutOfOrder_isRefusedAndBothStayOpen() {
    GilToken outer = Gil.acquire();
    GilToken inner = Gil.acquire();
    IllegalStateException e = assertThrows(IllegalStateException.class, outer::close);
    assertTrue(e.getMessage().contains("closed out of order"), e.getMessage());
    assertEquals(2, Gil.holdCount());
    inner.checkpoint(); // both still valid
    outer.checkpoint();
    inner.close();
    outer.close();
    assertFalse(Gil.isHeld());
  }

  @Test
  void withGilBody_leavingATokenOpen_endsItAndReleases() {
    AtomicReference<GilToken> leaked = new AtomicReference<>();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Gil.runWithGil(g -> leaked.set(Gil.acquire())));
    assertTrue(e.getMessage().contains("a token opened inside it was still open"), e.getMessage());
    assertFalse(Gil.isHeld());
    assertThrows(IllegalStateException.class, leaked.get()::close); // it ended with the scope
    assertOtherThreadGetsTheLock();
  }

  @Test
  void nestedWithGil_leavingATokenOpen_keepsTheOuterLevel() {
    try (GilToken outer = Gil.acquire()) {
      assertThrows(
          IllegalStateException.class, () -> Gil.withGil(g -> Gil.acquire(Duration.ZERO)));
      assertEquals(1, Gil.holdCount());
      outer.unbind("outer still valid");
    }
    assertFalse(Gil.isHeld());
  }

  // ------------------------------------------------------------------------- on another thread

  @Test
  @Timeout(10)
  void token_closedOnAnotherThread_isRefusedAndChangesNothing() throws Exception {
    try (GilToken mine = Gil.acquire()) {
      AtomicReference<Throwable> seen = new AtomicReference<>();
      start("other", () -> seen.set(catchThrowable(mine::close))).join(5_000);
      assertTrue(seen.get() instanceof IllegalStateException, String.valueOf(seen.get()));
      assertTrue(seen.get().getMessage().contains("GilToken closed on thread 'other'"));
      assertEquals(1, Gil.holdCount());
    }
    assertFalse(Gil.isHeld());
  }

  @Test
  @Timeout(10)
  void releaseScope_closedOnAnotherThread_isRefusedAndChangesNothing() throws Exception {
    try (GilToken mine = Gil.acquire()) {
      GilRelease r = mine.release();
      AtomicReference<Throwable> seen = new AtomicReference<>();
      start("other", () -> seen.set(catchThrowable(r::close))).join(5_000);
      assertTrue(seen.get() instanceof IllegalStateException, String.valueOf(seen.get()));
      assertFalse(Gil.isHeld());
      r.close();
      assertEquals(1, Gil.holdCount());
    }
  }

  // ----------------------------------------------------------------------- release scopes, twice

  @Test
  void releaseScope_closedTwice_isRefusedAndTheDepthStays() {
    try (GilToken t = Gil.acquire()) {
      GilRelease r = t.release();
      r.close();
      assertEquals(1, Gil.holdCount());
      IllegalStateException e = assertThrows(IllegalStateException.class, r::close);
      assertTrue(e.getMessage().startsWith("GilRelease closed twice"), e.getMessage());
      assertEquals(1, Gil.holdCount());
    }
    assertFalse(Gil.isHeld());
  }

  @Test
  void releaseIfHeld_closedTwice_isRefused() {
    try (GilToken t = Gil.acquire()) {
      GilRelease r = Gil.releaseIfHeld();
      r.close();
      assertThrows(IllegalStateException.class, r::close);
      assertEquals(1, Gil.holdCount());
    }
    GilRelease unheld = Gil.releaseIfHeld();
    unheld.close();
    assertThrows(IllegalStateException.class, unheld::close);
    assertFalse(Gil.isHeld());
  }

  // ------------------------------------------------ release scopes, out of order / inside nested

  @Test
  void releaseScope_closedFromInsideANestedScope_isRefusedAndChangesNothing() {
    try (GilToken t = Gil.acquire()) {
      GilRelease r = t.release();
      GilToken nested = Gil.acquire();
      IllegalStateException e = assertThrows(IllegalStateException.class, r::close);
      assertTrue(e.getMessage().contains("from inside a nested scope"), e.getMessage());
      assertEquals(1, Gil.holdCount()); // the nested level, not 1 + 1 + 1
      nested.close();
      assertFalse(Gil.isHeld());
      r.close();
      assertEquals(1, Gil.holdCount());
    }
    assertFalse(Gil.isHeld());
  }

  @Test
  void releaseScopes_closedOutOfOrder_theOuterIsRefused() {
    try (GilToken a = Gil.acquire()) {
      GilRelease outer = a.release();
      try (GilToken b = Gil.acquire()) {
        GilRelease inner = b.release();
        assertThrows(IllegalStateException.class, () -> a.checkpoint()); // a is suspended
        inner.close();
        assertThrows(IllegalStateException.class, outer::close); // b holds again
      }
      outer.close();
      assertEquals(1, Gil.holdCount());
    }
    assertFalse(Gil.isHeld());
  }

  @Test
  void outerToken_closedInsideItsOwnAllowThreadsWhileANestedWithGilHolds_isRefused() {
    Gil.runWithGil(
        outer ->
            outer.allowThreads(
                () ->
                    Gil.runWithGil(
                        inner -> {
                          IllegalStateException e =
                              assertThrows(IllegalStateException.class, outer::close);
                          assertTrue(e.getMessage().contains("released the lock"), e.getMessage());
                          assertEquals(1, Gil.holdCount());
                          inner.unbind("inner still valid");
                        })));
    assertFalse(Gil.isHeld());
    assertEquals(0, Gil.holdCount());
  }

  @Test
  void outerToken_usedInsideItsRelease_whileANestedTokenHolds_isRefused() {
    try (GilToken outer = Gil.acquire()) {
      try (GilRelease r = outer.release();
          GilToken nested = Gil.acquire()) {
        assertThrows(IllegalStateException.class, outer::checkpoint);
        assertThrows(IllegalStateException.class, () -> outer.unbind("x"));
        assertThrows(IllegalStateException.class, outer::release);
        assertEquals(1, Gil.holdCount());
      }
      assertEquals(1, Gil.holdCount());
    }
  }

  @Test
  void allowThreadsBody_leavingATokenOpen_endsItAndRestoresTheDepth() {
    try (GilToken a = Gil.acquire();
        GilToken b = Gil.acquire()) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> b.allowThreads(() -> Gil.acquire()));
      assertTrue(e.getMessage().contains("allowThreads ended while a token"), e.getMessage());
      assertEquals(2, Gil.holdCount());
      b.checkpoint();
    }
    assertFalse(Gil.isHeld());
  }

  @Test
  void withGilBody_leavingAReleaseScopeOpen_endsTheScopeNotHolding() {
    AtomicReference<GilRelease> leaked = new AtomicReference<>();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Gil.runWithGil(g -> leaked.set(g.release())));
    assertTrue(e.getMessage().contains("a release scope opened inside it"), e.getMessage());
    assertFalse(Gil.isHeld());
    assertThrows(IllegalStateException.class, leaked.get()::close); // its token ended
    assertFalse(Gil.isHeld());
    assertOtherThreadGetsTheLock();
  }

  @Test
  void nestedWithGilBody_leavingAReleaseScopeOpen_takesTheOuterLevelBack() {
    try (GilToken outer = Gil.acquire()) {
      assertThrows(IllegalStateException.class, () -> Gil.runWithGil(GilToken::release));
      assertEquals(1, Gil.holdCount());
      outer.checkpoint();
    }
    assertFalse(Gil.isHeld());
  }

  // ------------------------------------------ the body's exception survives a failing scope end

  @Test
  void withGil_bodyThrowsAndItsEndFails_theBodysExceptionWinsWithTheFailureSuppressed() {
    IOException io = new IOException("disk");
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                Gil.withGil(
                    g -> {
                      g.release(); // left open: ending the scope fails
                      throw io;
                    }));
    assertSame(io, thrown);
    assertEquals(1, thrown.getSuppressed().length, Arrays.toString(thrown.getSuppressed()));
    assertTrue(thrown.getSuppressed()[0] instanceof IllegalStateException);
    assertFalse(Gil.isHeld());
  }

  @Test
  void runWithGil_bodyErrorAndALeakedToken_theErrorWinsAndTheLockIsFree() {
    AssertionError boom = new AssertionError("boom");
    AssertionError thrown =
        assertThrows(
            AssertionError.class,
            () ->
                Gil.runWithGil(
                    g -> {
                      Gil.acquire();
                      throw boom;
                    }));
    assertSame(boom, thrown);
    assertTrue(thrown.getSuppressed()[0].getMessage().contains("still open"));
    assertFalse(Gil.isHeld());
    assertOtherThreadGetsTheLock();
  }

  @Test
  void allowThreads_bodyThrowsAndLeaksAToken_theBodysExceptionWins() {
    IllegalArgumentException bad = new IllegalArgumentException("bad");
    try (GilToken t = Gil.acquire()) {
      IllegalArgumentException thrown =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  t.allowThreads(
                      () -> {
                        Gil.acquire();
                        throw bad;
                      }));
      assertSame(bad, thrown);
      assertEquals(1, thrown.getSuppressed().length);
      assertEquals(1, Gil.holdCount());
    }
    assertFalse(Gil.isHeld());
  }

  @Test
  void tryWithResources_refusedCloseIsSuppressedIntoTheBodysException() {
    IllegalArgumentException bad = new IllegalArgumentException("bad");
    GilToken[] tokens = new GilToken[2];
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> {
              try (GilToken outer = Gil.acquire()) {
                tokens[0] = outer;
                tokens[1] = Gil.acquire(); // left open: the close of `outer` is refused
                throw bad;
              }
            });
    assertSame(bad, thrown);
    assertEquals(1, thrown.getSuppressed().length);
    assertTrue(thrown.getSuppressed()[0].getMessage().contains("out of order"));
    assertEquals(2, Gil.holdCount()); // refused means unchanged: both levels still held
    tokens[1].close();
    tokens[0].close();
    assertFalse(Gil.isHeld());
  }

  // ----------------------------------------------------------------------------------- helpers

  private void assertOtherThreadGetsTheLock() {
    AtomicReference<Integer> depth = new AtomicReference<>();
    try {
      start("next", () -> depth.set(Gil.withGil(g -> Gil.holdCount()))).join(5_000);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    assertEquals(1, depth.get());
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
